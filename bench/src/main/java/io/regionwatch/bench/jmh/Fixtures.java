package io.regionwatch.bench.jmh;

import io.regionwatch.bench.gen.Samples;
import io.regionwatch.core.event.Event;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.Reject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** Shared inputs: generated CloudTrail as bytes, and the same records normalized to events. */
final class Fixtures {
    static final int RECORDS = 10_000;

    private Fixtures() {
    }

    static byte[] ndjson() {
        return Samples.cloudTrailNdjson(RECORDS, 1535L);
    }

    /** The records as raw trees (raw mode) or ECS events (normalized). */
    static List<Event> events(boolean raw) {
        List<Event> out = new ArrayList<>();
        new Ingestor(new IngestOptions(raw, false, IngestOptions.defaults().limits()))
                .ingest(new ByteArrayInputStream(ndjson()), "bench", new IngestListener() {
                    @Override
                    public void onEvent(Event e) {
                        out.add(e);
                    }

                    @Override
                    public void onReject(Reject r) {
                        throw new IllegalStateException("generated record rejected: " + r);
                    }
                });
        return out;
    }
}
