package io.regionwatch.cli.redact;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.regionwatch.core.event.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Masks configured fields and patterns in ECS documents. A field given with dots is a full path
 * ({@code aws.cloudtrail.flattened.response_elements.credentials}); without dots, that key at any
 * depth ({@code sessionToken}), compared without case. Patterns (RE2 syntax, linear time) mask what
 * they match inside every string, {@code event.original} and the JSON text fields included; a pattern
 * with a group masks only what the first group matched, so the text around it stays readable.
 */
public final class Redactor {
    public static final String MASK = "[REDACTED]";
    /** Keys whose values are secrets wherever they appear (CloudTrail's GetSessionToken, AssumeRole, Azure and GCP bodies). */
    public static final List<String> DEFAULT_FIELDS = List.of("secretAccessKey", "sessionToken", "password", "clientSecret",
            "privateKey", "privateKeyData", "accessToken", "refreshToken", "x-amz-security-token");
    /**
     * Long-term (AKIA) and temporary (ASIA) AWS access key ids, and secret values inside JSON text
     * ({@code event.original}) and inside the Painless map text of {@code aws.cloudtrail.response_elements}.
     */
    public static final List<String> DEFAULT_PATTERNS = List.of("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b",
            "(?i)\"(?:secretAccessKey|sessionToken|password|clientSecret|privateKey)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"",
            "(?i)\\b(?:secretAccessKey|sessionToken|password|clientSecret|privateKey)=([^,}\\]]*)");
    private static final Redactor NONE = new Redactor(List.of(), List.of());

    private final Set<String> paths;
    private final Set<String> keys;
    private final List<Pattern> patterns;
    /** The bare keys as a pattern over raw JSON text, for reject excerpts; null without keys. */
    private final Pattern keysInText;

    private Redactor(List<String> fields, List<Pattern> patterns) {
        this.paths = fields.stream().filter(f -> f.contains(".")).collect(Collectors.toUnmodifiableSet());
        this.keys = fields.stream().filter(f -> !f.contains(".")).map(f -> f.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.patterns = List.copyOf(patterns);
        this.keysInText = keysInText(keys);
    }

    /**
     * {@code "key": "value"} for any of the keys, in any case, also inside JSON that is itself a string
     * ({@code \"key\":\"value\"}, as in CloudWatch exports). The closing quote is optional because an
     * excerpt is cut at a fixed length and may end inside the secret; the group is the value, masked.
     */
    private static Pattern keysInText(Set<String> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        String names = keys.stream().sorted().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?i)\\\\{0,3}\"(?:" + names + ")\\\\{0,3}\"\\s*:\\s*\\\\{0,3}\"((?:[^\"\\\\]|\\\\[^\"])*)");
    }

    public static Redactor none() {
        return NONE;
    }

    /**
     * A redactor for these fields and patterns.
     *
     * @throws IllegalArgumentException for a pattern RE2 cannot compile, with its message
     */
    public static Redactor of(List<String> fields, List<String> patterns) {
        List<Pattern> compiled = new ArrayList<>();
        for (String p : patterns) {
            try {
                compiled.add(Pattern.compile(p));
            } catch (com.google.re2j.PatternSyntaxException e) {
                throw new IllegalArgumentException("redact pattern '" + p + "': " + e.getDescription(), e);
            }
        }
        return new Redactor(fields, compiled);
    }

    public static Redactor defaults() {
        return of(DEFAULT_FIELDS, DEFAULT_PATTERNS);
    }

    /** This redactor plus another's fields and patterns. */
    public Redactor and(Redactor other) {
        List<String> fields = new ArrayList<>(paths);
        fields.addAll(keys);
        fields.addAll(other.paths);
        fields.addAll(other.keys);
        List<Pattern> all = new ArrayList<>(patterns);
        all.addAll(other.patterns);
        return new Redactor(fields, all);
    }

    public boolean active() {
        return !paths.isEmpty() || !keys.isEmpty() || !patterns.isEmpty();
    }

    /** The event with a masked copy of its document; the same event when nothing is configured. */
    public Event apply(Event event) {
        return active() ? new Event(redact(event.document()), event.origin()) : event;
    }

    /**
     * Raw text that never became an event (a reject's excerpt and reason): the patterns, and the bare
     * keys' string values wherever they appear as JSON members. Dotted paths name ECS fields of a
     * normalized event, which raw text does not have; use a bare key or a pattern to cover raw text.
     */
    public String text(String raw) {
        if (raw == null || !active()) {
            return raw;
        }
        String out = keysInText == null ? raw : mask(keysInText, raw);
        for (Pattern p : patterns) {
            out = mask(p, out);
        }
        return out;
    }

    /** A copy of {@code document} with configured fields replaced by {@link #MASK} and patterns masked in strings. */
    public Map<String, Object> redact(Map<String, Object> document) {
        return object(document, "");
    }

    private Map<String, Object> object(Map<String, Object> map, String prefix) {
        Map<String, Object> out = new LinkedHashMap<>(map.size() * 2);
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            boolean secret = paths.contains(path) || keys.contains(e.getKey().toLowerCase(Locale.ROOT));
            out.put(e.getKey(), secret && e.getValue() != null ? MASK : value(e.getValue(), path));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Object value(Object v, String path) {
        if (v instanceof Map<?, ?> m) {
            return object((Map<String, Object>) m, path);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(value(item, path)));
            return out;
        }
        return v instanceof String s ? patterns(s) : v;
    }

    private String patterns(String s) {
        String out = s;
        for (Pattern p : patterns) {
            out = mask(p, out);
        }
        return out;
    }

    private static String mask(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return s;
        }
        int group = p.groupCount() > 0 ? 1 : 0;
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        do {
            if (m.start(group) >= 0) {
                out.append(s, from, m.start(group)).append(MASK);
                from = m.end(group);
            }
        } while (m.find());
        return out.append(s, from, s.length()).toString();
    }
}
