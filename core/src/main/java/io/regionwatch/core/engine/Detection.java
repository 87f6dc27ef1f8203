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

    /**
     * Hands on what the detection holds only to put events in time order. Continuous callers (watch
     * mode, Kafka) call it once their watermark guarantees that no earlier event will follow; state
     * that spans events (windows, baselines, open sequences) is kept, unlike {@link #finish}.
     */
    default void flush(MatchListener listener) {
    }
}
