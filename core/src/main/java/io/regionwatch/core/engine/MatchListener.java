package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import java.util.List;
import java.util.Map;

/** Receives what a detection found. */
@FunctionalInterface
public interface MatchListener {
    void onMatch(Match match);

    /** One event (a list of one) or a sequence's events in stage order. */
    default void onMatch(List<Event> events) {
        onMatch(events.size() == 1 ? new Match.EventMatch(events.get(0), Map.of()) : new Match.SequenceMatch(events));
    }
}
