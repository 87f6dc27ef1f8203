package io.regionwatch.eql.exec;

import io.regionwatch.core.event.Event;
import java.util.List;

/** Receives each result (one event, or a sequence's events in stage order) with its sort position. */
@FunctionalInterface
public interface ResultSink {
    void emit(List<Event> events, Ordinal first);
}
