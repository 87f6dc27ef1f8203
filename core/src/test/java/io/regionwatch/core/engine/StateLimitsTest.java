package io.regionwatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.match.Constant;
import io.regionwatch.core.state.InMemoryStateStore;
import java.time.Duration;
import java.util.ArrayList;
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
                store, EventTime.standard(), 10);
        List<Object> many = IntStream.range(0, 1000).mapToObj(i -> (Object) ("v" + i)).toList();
        rule.accept(event(1, many, many, many), m -> { });
        rule.finish(m -> { });
        // 1000 x 1000 x 1000 value tuples from one hostile event, of which at most MAX_COMBINATIONS are kept
        assertThat(store.termCount("r")).isLessThanOrEqualTo(NewTermsDetection.MAX_COMBINATIONS);
    }

    @Test
    void bufferDrainsEarlyAtCapacityAndSaysSo() {
        TimeOrderedBuffer buffer = new TimeOrderedBuffer(EventTime.standard(), 100);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            buffer.add(event(i, "x", "y", "z"), out::add);
        }
        buffer.drain(out::add);
        assertThat(out).hasSize(10_000);
        assertThat(buffer.earlyDrains()).isEqualTo(99);
    }
}
