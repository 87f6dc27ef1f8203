package io.regionwatch.core.match;

import io.regionwatch.core.event.Event;

/** A compiled, stateless, thread-safe predicate over one event. */
public interface Matcher {
    boolean matches(Event event);
}
