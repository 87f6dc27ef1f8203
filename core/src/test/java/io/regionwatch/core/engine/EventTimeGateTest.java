package io.regionwatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTimeGateTest {
    private static Event at(String minute, int index) {
        return new Event(Map.of("@timestamp", "2026-11-02T08:" + minute + ":00Z", "n", index), new Origin("s", 0, index));
    }

    @Test
    void outOfOrderWithinTheAllowanceComesOutInTimeOrder() {
        EventTimeGate gate = new EventTimeGate(EventTime.standard(), Duration.ofMinutes(15));
        List<Object> out = new ArrayList<>();
        for (Event e : List.of(at("10", 0), at("05", 1), at("20", 2), at("12", 3), at("40", 4))) {
            gate.offer(e, r -> out.add(r.get("n")));
        }
        assertThat(out).containsExactly(1, 0, 3, 2);
        assertThat(gate.held()).isEqualTo(1);
        gate.flush(r -> out.add(r.get("n")));
        assertThat(out).containsExactly(1, 0, 3, 2, 4);
        assertThat(gate.late()).isZero();
    }

    @Test
    void anEventBehindTheWatermarkGoesOnAtOnceAndCountsAsLate() {
        EventTimeGate gate = new EventTimeGate(EventTime.standard(), Duration.ofMinutes(15));
        List<Object> out = new ArrayList<>();
        gate.offer(at("40", 0), r -> out.add(r.get("n")));
        gate.offer(at("10", 1), r -> out.add(r.get("n")));
        assertThat(out).containsExactly(1);
        assertThat(gate.late()).isEqualTo(1);
        assertThat(gate.watermark()).hasToString("2026-11-02T08:25:00Z");
    }
}
