package io.regionwatch.ingest.normalize.aws;

import io.regionwatch.ingest.Limits;
import io.regionwatch.ingest.read.JsonText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The eventName → event.category/event.type table, loaded and validated once from a resource. */
final class EventCategories {
    private static final String RESOURCE = "event-categories.json";

    record Categorization(List<String> category, List<String> type) {
    }

    private final Map<String, Categorization> table;

    private EventCategories(Map<String, Categorization> table) {
        this.table = table;
    }

    static EventCategories load() {
        try (InputStream in = EventCategories.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Object tree = new JsonText(Limits.defaults()).parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new EventCategories(parse(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Categorization> parse(Object tree) {
        if (!(tree instanceof Map<?, ?> root) || !(root.get("actions") instanceof Map<?, ?> actions)) {
            throw new IllegalStateException(RESOURCE + ": expected {\"actions\": {...}}");
        }
        Map<String, Categorization> out = new java.util.HashMap<>();
        actions.forEach((name, entry) -> out.put((String) name, categorization((String) name, entry)));
        return Map.copyOf(out);
    }

    private static Categorization categorization(String name, Object entry) {
        if (entry instanceof Map<?, ?> m && m.get("category") instanceof List<?> c && m.get("type") instanceof List<?> t
                && !c.isEmpty() && !t.isEmpty()) {
            return new Categorization(strings(c), strings(t));
        }
        throw new IllegalStateException(RESOURCE + ": bad entry for " + name);
    }

    private static List<String> strings(List<?> list) {
        return list.stream().map(String::valueOf).toList();
    }

    /** The categorization of an eventName, or null when the table does not list it. */
    Categorization of(String eventName) {
        return eventName == null ? null : table.get(eventName);
    }
}
