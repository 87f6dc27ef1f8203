package io.regionwatch.eql.exec;

import io.regionwatch.core.event.Event;

/** The stateful part of one compiled query; a fresh runner per independent stream. */
public interface Runner {
    void accept(Event event, Ordinal ordinal, ResultSink sink);

    /** Flushes results that could only be decided at the end of the stream. */
    default void finish(ResultSink sink) {
    }

    /** How many join-key values hold state now (0 for stateless queries). */
    default int stateSize() {
        return 0;
    }
}
