package io.regionwatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.match.Constant;
import io.regionwatch.core.state.InMemoryStateStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Per-event and buffered state of the stateful detections stays bounded on hostile events. */
class StateLimitsTest {
    private static Event event(long ts, Object a, Object b, Object c) {
        return new Event(Map.of("@timestamp", "2026-11-02T08:00:00Z", "t", ts, "a", a, "b", b, "c", c), Origin.UNKNOWN);
    }

    @Test
    void newTermsCombinationsPerEventAreCapped() {
        InMemoryStateStore store = new InMemoryStateStore();
        NewTermsDetection rule = new NewTermsDetection("r", Constant.TRUE, List.of("a", "b", "c"), Duration.ofDays(7), false,
                store, EventTime.standard());
        List<Object> many = IntStream.range(0, 1000).mapToObj(i -> (Object) ("v" + i)).toList();
        rule.accept(event(1, many, many, many), m -> { });
        rule.finish(m -> { });
        // 1000 x 1000 x 1000 value tuples from one hostile event, of which at most MAX_COMBINATIONS are kept
        assertThat(store.termCount("r")).isLessThanOrEqualTo(NewTermsDetection.MAX_COMBINATIONS);
    }

    @Test
    void thresholdDropsGroupsWhoseWindowHasPassed() {
        ThresholdDetection rule = new ThresholdDetection(Constant.TRUE, List.of("a"), 1_000_000, List.of(), Duration.ofMinutes(10),
                EventTime.standard());
        java.time.Instant start = java.time.Instant.parse("2026-11-02T08:00:00Z");
        for (int i = 0; i < 100_000; i++) {
            // one new principal per second, each seen once: an attacker spraying identities
            Event e = new Event(Map.of("@timestamp", start.plusSeconds(i).toString(), "a", "p" + i), Origin.UNKNOWN);
            rule.accept(e, m -> { });
        }
        // a 10-minute window holds at most 600 one-per-second groups, plus one sweep interval
        assertThat(rule.groupCount()).isLessThanOrEqualTo(600 + 4096);
    }
}
