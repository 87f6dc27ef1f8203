package io.regionwatch.core.match;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;

/**
 * Elasticsearch {@code exists}: true when the field holds at least one non-null value. An empty
 * string exists; null, {@code []} and {@code [null]} do not (Event.get already drops them).
 */
public record FieldExists(FieldPath field) implements Matcher {
    @Override
    public boolean matches(Event event) {
        return event.get(field) != null;
    }
}
