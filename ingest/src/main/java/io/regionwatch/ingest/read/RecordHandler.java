package io.regionwatch.ingest.read;

import io.regionwatch.core.event.Origin;

/** Receives what a reader produces: each JSON record, or a reject for input it could not read. */
public interface RecordHandler {
    /** A record: a {@code Map}, {@code List} or scalar tree as parsed. */
    void onRecord(Object tree, Origin origin);

    void onReject(Origin origin, String reason, String excerpt);

    void onSkip(Origin origin, String reason);
}
