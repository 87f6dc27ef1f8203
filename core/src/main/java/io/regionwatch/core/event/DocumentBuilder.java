package io.regionwatch.core.event;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a nested ECS document from dotted names: {@code set("cloud.region", "eu-west-3")} creates
 * {@code {"cloud":{"region":"eu-west-3"}}}. Null values are not stored, so an absent source field
 * never becomes a present-but-null ECS field.
 */
public final class DocumentBuilder {
    private final Map<String, Object> root = new LinkedHashMap<>();

    public DocumentBuilder set(String dotted, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> parent = parentOf(dotted);
        parent.put(lastSegment(dotted), value);
        return this;
    }

    /** Sets the value only when none is present yet. */
    public DocumentBuilder setIfAbsent(String dotted, Object value) {
        if (value == null) {
            return this;
        }
        parentOf(dotted).putIfAbsent(lastSegment(dotted), value);
        return this;
    }

    public Object peek(String dotted) {
        Object node = root;
        for (String segment : dotted.split("\\.")) {
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
    private Map<String, Object> parentOf(String dotted) {
        Map<String, Object> node = root;
        int start = 0;
        for (int dot = dotted.indexOf('.'); dot >= 0; dot = dotted.indexOf('.', start)) {
            String segment = dotted.substring(start, dot);
            Object child = node.get(segment);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(segment, child);
            }
            node = (Map<String, Object>) child;
            start = dot + 1;
        }
        return node;
    }

    private static String lastSegment(String dotted) {
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }
}
