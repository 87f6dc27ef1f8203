package io.regionwatch.ingest;

import io.regionwatch.core.event.Event;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test listener that keeps everything it is told. */
public final class Collector implements IngestListener {
    public final List<Event> events = new ArrayList<>();
    public final List<Reject> rejects = new ArrayList<>();
    public final List<Skip> skips = new ArrayList<>();
    public ReadStats stats;

    @Override
    public void onEvent(Event e) {
        events.add(e);
    }

    @Override
    public void onReject(Reject r) {
        rejects.add(r);
    }

    @Override
    public void onSkip(Skip s) {
        skips.add(s);
    }

    /** Ingests {@code text} as one input with the given options and checks the accounting. */
    public static Collector ingest(String text, IngestOptions options) {
        return ingest(text.getBytes(StandardCharsets.UTF_8), options);
    }

    public static Collector ingest(byte[] bytes, IngestOptions options) {
        Collector c = new Collector();
        c.stats = new Ingestor(options).ingest(new ByteArrayInputStream(bytes), "test", c).requireBalanced();
        if (c.stats.read() != c.events.size() + c.rejects.size() + c.skips.size() + c.stats.passedOver()) {
            throw new AssertionError("listener calls do not match stats: " + c.stats);
        }
        return c;
    }

    public static Collector ingest(String text) {
        return ingest(text, IngestOptions.defaults());
    }
}
