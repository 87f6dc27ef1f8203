package io.regionwatch.eql.exec;

import io.regionwatch.core.event.Event;

/** The stateful part of one compiled query; a fresh runner per independent stream. */
public interface Runner {
    void accept(Event event, Ordinal ordinal, ResultSink sink);

    /** Flushes results that could only be decided at the end of the stream. */
    default void finish(ResultSink sink) {
    }

    /** Whether accept reads the ordinal; streaming event queries skip reading timestamps when not. */
    default boolean needsOrdinal() {
        return true;
    }

    /** Whether results come out in final order; sequences complete out of start order and need sorting. */
    default boolean emitsInResultOrder() {
        return true;
    }

    /** How many join-key values hold state now (0 for stateless queries). */
    default int stateSize() {
        return 0;
    }
}
