package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Matcher;

/**
 * A compiled query that sees events one at a time, in the order the caller gives them, and reports
 * each match (one event for an event query, the ordered events of a sequence) to the listener.
 * Stateful detections (sequences) keep their state inside; {@link #finish} flushes what can only be
 * decided at the end of the stream (for example a sequence ending in a missing event).
 */
public interface Detection {
    /**
     * What an order-sensitive detection needs: the events it may care about ({@code candidates}, a
     * cheap stateless test) given in order of {@code time}.
     */
    record TimeOrder(Matcher candidates, EventTime time) {
    }

    void accept(Event event, MatchListener listener);

    /**
     * Non-null for a detection whose result depends on the order of its events (sequences, first-seen
     * terms, windowed counts): the engine then holds the events that pass {@code candidates} and calls
     * {@link #accept} with them in event-time order (one buffer for every such rule, in bounded
     * memory), and only with them: such a detection need not test its candidates again. Null, the default, for a detection that takes events as they come.
     */
    default TimeOrder timeOrder() {
        return null;
    }

    /**
     * Non-null for a stateless detection that is exactly "one match, with no fields of its own, for
     * each event passing this filter". The engine may then test the filter on any thread, before the
     * event's turn, and skip it for events whose {@code event.action} it cannot match
     * ({@link io.regionwatch.core.match.RequiredTerms}); {@link #accept} is then not called.
     */
    default Matcher eventFilter() {
        return null;
    }

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
