package io.regionwatch.ingest;

import io.regionwatch.core.event.Event;

/** Receives every record an {@link Ingestor} reads: as an event, a reject or a skip, exactly once. */
public interface IngestListener {
    void onEvent(Event e);

    void onReject(Reject r);

    default void onSkip(Skip s) {
    }
}
