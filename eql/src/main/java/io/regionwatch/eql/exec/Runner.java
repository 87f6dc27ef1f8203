package io.regionwatch.eql.exec;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Matcher;

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

    /**
     * Events that can change this runner's state or output: for event queries those passing the filter; for
     * sequences and samples, events passing some stage filter (positive, missing or until). A
     * caller that must reorder a batch by time buffers only these.
     */
    default Matcher candidates() {
        return event -> true;
    }

    /** A sequence's maxspan in nanoseconds; 0 when there is none (or no sequence). */
    default long maxspanNanos() {
        return 0;
    }

    /** True when results depend on the order of events (sequences, samples). */
    default boolean stateful() {
        return false;
    }

    /** How many join-key values hold state now (0 for stateless queries). */
    default int stateSize() {
        return 0;
    }
}
