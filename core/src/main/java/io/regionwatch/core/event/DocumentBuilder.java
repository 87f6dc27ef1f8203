package io.regionwatch.core.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a nested ECS document from dotted names: {@code set("cloud.region", "eu-west-3")} creates
 * {@code {"cloud":{"region":"eu-west-3"}}}. Null values are not stored, so an absent source field
 * never becomes a present-but-null ECS field.
 */
public final class DocumentBuilder {
    /**
     * Dotted name → its segments, split once per name, not per record: a memo of a pure function (as
     * String.intern is), so every document shares the key strings and their cached hashes. Bounded
     * because payload keys can be unbounded; past the bound names are split each time.
     */
    private static final Map<String, String[]> SEGMENTS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 8192;
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final boolean discards;

    public DocumentBuilder() {
        this(false);
    }

    private DocumentBuilder(boolean discards) {
        this.discards = discards;
    }

    /**
     * A builder that keeps nothing: a normalizer run with it reads and checks every field of a
     * record (and rejects it as it would otherwise) without building the document.
     */
    public static DocumentBuilder discarding() {
        return new DocumentBuilder(true);
    }

    /** Whether this builder keeps nothing, so work that only produces values can be left out. */
    public boolean discards() {
        return discards;
    }

    public DocumentBuilder set(String dotted, Object value) {
        if (value == null || discards) {
            return this;
        }
        String[] segments = segments(dotted);
        parentOf(segments).put(segments[segments.length - 1], value);
        return this;
    }

    /** Sets the value only when none is present yet. */
    public DocumentBuilder setIfAbsent(String dotted, Object value) {
        if (value == null || discards) {
            return this;
        }
        String[] segments = segments(dotted);
        parentOf(segments).putIfAbsent(segments[segments.length - 1], value);
        return this;
    }

    public Object peek(String dotted) {
        Object node = root;
        // split("\\.") drops trailing empty segments; the memo keeps them, so such names split as before
        String[] segments = dotted.endsWith(".") ? dotted.split("\\.") : segments(dotted);
        for (String segment : segments) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(segment);
        }
        return node;
    }

    public Map<String, Object> build() {
        return root;
    }

    public Event build(Origin origin) {
        return new Event(root, origin);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parentOf(String[] segments) {
        Map<String, Object> node = root;
        for (int i = 0; i < segments.length - 1; i++) {
            Object child = node.get(segments[i]);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(segments[i], child);
            }
            node = (Map<String, Object>) child;
        }
        return node;
    }

    /** Every dot-separated segment, empty ones included ({@code "a..b"} → a, "", b). */
    private static String[] segments(String dotted) {
        String[] cached = SEGMENTS.get(dotted);
        if (cached != null) {
            return cached;
        }
        int count = 1;
        for (int i = dotted.indexOf('.'); i >= 0; i = dotted.indexOf('.', i + 1)) {
            count++;
        }
        String[] segments = new String[count];
        int start = 0;
        for (int n = 0; n < count - 1; n++) {
            int dot = dotted.indexOf('.', start);
            segments[n] = dotted.substring(start, dot);
            start = dot + 1;
        }
        segments[count - 1] = dotted.substring(start);
        if (SEGMENTS.size() < MAX_CACHED) {
            SEGMENTS.putIfAbsent(dotted, segments);
        }
        return segments;
    }
}
