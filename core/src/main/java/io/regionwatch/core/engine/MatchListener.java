package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import java.util.List;

/** Receives the events of one match, in match order (stage order for sequences). */
@FunctionalInterface
public interface MatchListener {
    void onMatch(List<Event> events);
}
