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

    private static Event on(String lane, String time, int index) {
        return new Event(Map.of("@timestamp", "2026-11-02T" + time + ":00Z", "n", index), new Origin(lane + "@" + index, 0, index));
    }

    @Test
    void theWatermarkFollowsTheSlowestLaneSoALaggingInputIsNotLate() {
        EventTimeGate gate = new EventTimeGate(EventTime.standard(), Duration.ofMinutes(15), e -> e.origin().source().split("@")[0],
                Duration.ofHours(2));
        List<Object> out = new ArrayList<>();
        gate.offer(on("p0", "08:00", 0), r -> out.add(r.get("n")));
        gate.offer(on("p1", "08:01", 1), r -> out.add(r.get("n")));
        // p0 runs an hour ahead while p1 is stalled (its instance failed over)
        gate.offer(on("p0", "09:00", 2), r -> out.add(r.get("n")));
        gate.offer(on("p0", "09:10", 3), r -> out.add(r.get("n")));
        assertThat(out).as("p1 is at 08:01: the watermark stays at 07:46").isEmpty();
        // p1's backlog arrives: nothing late, everything in time order
        gate.offer(on("p1", "08:47", 4), r -> out.add(r.get("n")));
        gate.offer(on("p1", "09:05", 5), r -> out.add(r.get("n")));
        assertThat(gate.late()).isZero();
        gate.flush(r -> out.add(r.get("n")));
        assertThat(out).containsExactly(0, 1, 4, 2, 5, 3);

        // the same arrivals through one lane: the stalled input's events are late
        EventTimeGate single = new EventTimeGate(EventTime.standard(), Duration.ofMinutes(15));
        for (Event e : List.of(on("p0", "08:00", 0), on("p1", "08:01", 1), on("p0", "09:00", 2), on("p0", "09:10", 3),
                on("p1", "08:47", 4))) {
            single.offer(e, r -> { });
        }
        assertThat(single.late()).isEqualTo(1);
    }

    @Test
    void aLaneFarBehindStopsHoldingTheOthers() {
        EventTimeGate gate = new EventTimeGate(EventTime.standard(), Duration.ofMinutes(15), e -> e.origin().source().split("@")[0],
                Duration.ofHours(1));
        List<Object> out = new ArrayList<>();
        gate.offer(on("quiet", "06:00", 0), r -> out.add(r.get("n")));
        gate.offer(on("busy", "06:30", 1), r -> out.add(r.get("n")));
        assertThat(out).isEmpty();
        gate.offer(on("busy", "07:30", 2), r -> out.add(r.get("n")));
        // the quiet lane is 90 minutes behind, beyond the hour: the busy lane's watermark applies
        assertThat(gate.watermark()).hasToString("2026-11-02T07:15:00Z");
        assertThat(out).containsExactly(0, 1);
    }
}
