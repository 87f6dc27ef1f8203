package io.regionwatch.sigma.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The window's incrementally kept percentile against hand-computed values and a sort-based reference. */
class WindowTest {
    private static Window of(Object... values) {
        Window w = new Window();
        long t = 0;
        for (Object v : values) {
            w.add(new Hit(t++, 0, v, null));
        }
        return w;
    }

    @Test
    void percentilesInterpolateBetweenClosestRanks() {
        // 1..10: h = 9 * p / 100; p90 -> h = 8.1 -> 9 + 0.1 * (10 - 9)
        Window w = of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(w.percentile(90)).isCloseTo(9.1, within(1e-9));
        assertThat(w.percentile(50)).isCloseTo(5.5, within(1e-9));
        assertThat(w.percentile(0)).isEqualTo(1.0);
        assertThat(w.percentile(100)).isEqualTo(10.0);
        // odd count: the middle value; repeated values count once per hit; strings that are numbers count
        assertThat(of(6L, "4", 100L).percentile(50)).isEqualTo(6.0);
        assertThat(of(6L, 4L, 100L, 50L).percentile(50)).isEqualTo(28.0);
        assertThat(of(5L, 5L, 5L, 7L).percentile(50)).isEqualTo(5.0);
        // p25 of 5,5,5,7: h = 0.75 -> 5; p75: h = 2.25 -> 5 + 0.25 * 2
        assertThat(of(5L, 5L, 5L, 7L).percentile(75)).isEqualTo(5.5);
        // no numbers: nothing to compare
        assertThat(of("abc", null).percentile(50)).isNaN();
        assertThat(new Window().percentile(50)).isNaN();
    }

    @Test
    void percentileFollowsEvictionsLikeASortedCopy() {
        Random random = new Random(20261128L);
        for (int round = 0; round < 300; round++) {
            Window w = new Window();
            List<long[]> held = new ArrayList<>(); // {time, value}
            long time = 0;
            for (int step = 0; step < 60; step++) {
                time += random.nextInt(3);
                long value = random.nextInt(20) - 5;
                w.add(new Hit(time, 0, value, null));
                held.add(new long[] {time, value});
                long oldest = time - random.nextInt(15);
                w.evictBefore(oldest);
                held.removeIf(h -> h[0] < oldest);
                int p = random.nextInt(101);
                assertThat(w.percentile(p)).as("round %d step %d p%d", round, step, p)
                        .isCloseTo(reference(held.stream().mapToDouble(h -> h[1]).toArray(), p), within(1e-9));
                assertThat(w.valued()).isEqualTo(held.size());
            }
        }
    }

    private static double reference(double[] values, int p) {
        double[] x = values.clone();
        Arrays.sort(x);
        double h = (x.length - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        return lo + 1 < x.length ? x[lo] + (h - lo) * (x[lo + 1] - x[lo]) : x[lo];
    }

    @Test
    void valueSharesCountOnlyHitsWithTheField() {
        Window w = of("a", "a", "b", null);
        assertThat(w.valued()).isEqualTo(3);
        assertThat(w.valueCounts()).containsEntry("a", 2).containsEntry("b", 1);
        assertThat(w.eventsByValue().keySet()).containsExactly("a", "b");
        assertThat(w.eventsByValue().get("a")).hasSize(2);
    }

    @Test
    void trimDropsOnlyTheOldestHitsEvenWithOneTimestamp() {
        Window w = new Window();
        for (int i = 0; i < 10; i++) {
            w.add(new Hit(5, 0, (long) i, null));
        }
        w.trim(4);
        assertThat(w.size()).isEqualTo(4);
        // 6, 7, 8, 9 remain: the median is 7.5
        assertThat(w.percentile(50)).isEqualTo(7.5);
        assertThat(w.valued()).isEqualTo(4);
    }
}
