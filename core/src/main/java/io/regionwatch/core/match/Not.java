package io.regionwatch.core.match;

import io.regionwatch.core.event.Event;

/**
 * Two-valued negation (Lucene {@code must_not}): an event the inner matcher rejects for any
 * reason, including a missing field, passes.
 */
public record Not(Matcher inner) implements Matcher {
    @Override
    public boolean matches(Event event) {
        return !inner.matches(event);
    }
}
