package io.regionwatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The positional fast path reads exactly what Instant.parse reads, and declines everything else. */
class EventTimeCanonicalTest {
    @Test
    void agreesWithInstantParse() {
        List<String> inputs = new ArrayList<>(List.of("2026-11-02T08:00:00Z", "2026-11-02T08:00:00.5Z",
                "2026-11-02T08:00:00.123456789Z", "2024-02-29T23:59:59.000Z", "2026-02-29T00:00:00Z",
                "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-31T24:00:00Z", "2026-12-31T23:59:60Z",
                "0000-01-01T00:00:00Z", "2026-11-02T08:00:00.Z", "2026-11-02T08:00:00.1234567890Z",
                "2026-11-02T08:00:00+01:00", "2026-11-02 08:00:00Z", "2026-11-02T08:00:00z", "2026-1-02T08:00:00Z",
                "2026-11-02T08:00:0aZ", "+12026-11-02T08:00:00Z", ""));
        Random random = new Random(1535);
        for (int i = 0; i < 20_000; i++) {
            inputs.add(String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(61), random.nextInt(62),
                    fraction(random)));
        }
        int taken = 0;
        for (String s : inputs) {
            Instant fast = EventTime.canonical(s);
            if (fast != null) {
                // declining is always safe (the general parse follows); answering must match it exactly
                assertThat(fast).as(s).isEqualTo(Instant.parse(s));
                taken++;
            }
        }
        assertThat(EventTime.canonical("2026-11-02T08:00:00.123Z")).isNotNull();
        assertThat(taken).isGreaterThan(1_000);
    }

    private static String fraction(Random random) {
        int digits = random.nextInt(11);
        StringBuilder b = new StringBuilder(digits == 0 ? "" : ".");
        for (int i = 1; i < digits; i++) {
            b.append(random.nextInt(10));
        }
        return b.toString();
    }
}
