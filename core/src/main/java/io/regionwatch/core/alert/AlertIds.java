package io.regionwatch.core.alert;

import io.regionwatch.core.event.Event;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deterministic alert ids: sha256 over the rule id and the identities of the events behind the
 * alert, so scanning the same logs twice (or replaying after a crash) yields the same ids and a
 * sink can write idempotently, as Elastic does with its {@code _index/_id/_version} hash.
 */
public final class AlertIds {
    private AlertIds() {
    }

    public static String forEvents(String ruleId, List<Event> events) {
        StringBuilder key = new StringBuilder(ruleId);
        for (Event e : events) {
            key.append('\u0000').append(eventKey(e));
        }
        return sha256(key.toString());
    }

    /**
     * A stable identity for one event: the dataset plus {@code event.id} when the cloud gave one
     * (CloudTrail eventID, GCP insertId), else a hash of the whole document in canonical key order.
     */
    public static String eventKey(Event event) {
        Object dataset = event.get("event.dataset");
        Object id = event.get("event.id");
        if (id instanceof String s && !s.isEmpty()) {
            return dataset + ":" + s;
        }
        return dataset + ":sha256:" + sha256(canonical(event.document()));
    }

    static String canonical(Object value) {
        StringBuilder out = new StringBuilder();
        appendCanonical(value, out);
        return out.toString();
    }

    private static void appendCanonical(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            sorted.forEach((k, v) -> {
                out.append(k.length()).append(':').append(k).append('=');
                appendCanonical(v, out);
                out.append(';');
            });
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            list.forEach(v -> {
                appendCanonical(v, out);
                out.append(',');
            });
            out.append(']');
        } else if (value instanceof String s) {
            out.append('"').append(s.length()).append(':').append(s);
        } else {
            out.append(value);
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
