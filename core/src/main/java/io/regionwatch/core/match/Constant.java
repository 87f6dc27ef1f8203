package io.regionwatch.core.match;

import io.regionwatch.core.event.Event;

/** A matcher that ignores the event: {@code where true} / {@code where false}. */
public record Constant(boolean value) implements Matcher {
    public static final Constant TRUE = new Constant(true);
    public static final Constant FALSE = new Constant(false);

    @Override
    public boolean matches(Event event) {
        return value;
    }
}
