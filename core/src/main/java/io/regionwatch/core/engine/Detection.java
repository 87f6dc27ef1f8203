package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;

/**
 * A compiled query that sees events one at a time, in the order the caller gives them, and reports
 * each match (one event for an event query, the ordered events of a sequence) to the listener.
 * Stateful detections (sequences) keep their state inside; {@link #finish} flushes what can only be
 * decided at the end of the stream (for example a sequence ending in a missing event).
 */
public interface Detection {
    void accept(Event event, MatchListener listener);

    default void finish(MatchListener listener) {
    }
}
