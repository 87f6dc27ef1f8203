package io.regionwatch.kql.compile;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.Matcher;
import java.util.List;
import java.util.Map;

/**
 * {@code path:{ query }}: an Elasticsearch nested query, true when one single object under
 * {@code path} satisfies the whole inner query (whose field names are relative to that object).
 */
public record NestedMatches(FieldPath path, Matcher inner) implements Matcher {
    @Override
    public boolean matches(Event event) {
        Object value = event.get(path);
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (matchesObject(element, event)) {
                    return true;
                }
            }
            return false;
        }
        return matchesObject(value, event);
    }

    @SuppressWarnings("unchecked")
    private boolean matchesObject(Object element, Event event) {
        return element instanceof Map<?, ?> map
                && inner.matches(new Event((Map<String, Object>) map, event.origin()));
    }
}
