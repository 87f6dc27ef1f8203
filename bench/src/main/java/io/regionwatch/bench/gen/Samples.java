package io.regionwatch.bench.gen;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;

/** In-memory samples of the generated traffic, for the JMH benchmarks. */
public final class Samples {
    private Samples() {
    }

    /** {@code count} background CloudTrail records of one account and region as NDJSON, plus the planted ones. */
    public static byte[] cloudTrailNdjson(int count, long seed) {
        StringBuilder b = new StringBuilder(count * 1300);
        new Background(Org.principals()).records(b, new SplittableRandom(seed), Org.ACCOUNTS.get(0), Org.REGIONS.get(0),
                Instant.parse("2026-11-02T00:00:00Z"), 86_400, count, "\n");
        for (Planted.Event e : new Planted(WorkloadGenerator.START).events()) {
            b.append('\n').append(e.json());
        }
        return b.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }
}
