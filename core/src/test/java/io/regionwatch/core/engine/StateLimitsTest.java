package io.regionwatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.limit.LimitTally;
import io.regionwatch.core.limit.RuleLimits;
import io.regionwatch.core.limit.StateLimit;
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
                store, EventTime.standard());
        List<Object> many = IntStream.range(0, 1000).mapToObj(i -> (Object) ("v" + i)).toList();
        rule.accept(event(1, many, many, many), m -> { });
        rule.finish(m -> { });
        // 1000 x 1000 x 1000 value tuples from one hostile event, of which at most MAX_COMBINATIONS are kept
        assertThat(store.termCount("r")).isLessThanOrEqualTo(NewTermsDetection.MAX_COMBINATIONS);
    }

    @Test
    void newTermsCombinationsBoundIsConfigurableAndReported() {
        InMemoryStateStore store = new InMemoryStateStore();
        LimitTally tally = new LimitTally();
        NewTermsDetection rule = new NewTermsDetection("r", Constant.TRUE, List.of("a", "b"), Duration.ofDays(7), false,
                store, EventTime.standard(), RuleLimits.defaults().with(StateLimit.NEW_TERMS_COMBINATIONS, 5), tally);
        rule.accept(event(1, List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"), "c"), m -> { });
        rule.finish(m -> { });
        assertThat(store.termCount("r")).isEqualTo(5);
        // a1 gives 3 tuples, a2 stops at 5 (1 cut), a3 is not expanded (3 cut)
        assertThat(tally.count(StateLimit.NEW_TERMS_COMBINATIONS, "r")).isEqualTo(4);
    }

    @Test
    void newTermsBaselineKeepsTheMostRecentTermsAndCountsEvictions() {
        InMemoryStateStore store = new InMemoryStateStore();
        LimitTally tally = new LimitTally();
        NewTermsDetection rule = new NewTermsDetection("r", Constant.TRUE, List.of("a"), Duration.ofDays(7), false,
                store, EventTime.standard(), RuleLimits.defaults().with(StateLimit.NEW_TERMS_BASELINE, 100), tally);
        List<String> alerted = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // one distinct attacker-chosen value per second
            Map<String, Object> doc = Map.of("@timestamp", java.time.Instant.parse("2026-11-02T08:00:00Z").plusSeconds(i).toString(),
                    "a", "v" + i);
            rule.accept(new Event(doc, Origin.UNKNOWN), m -> alerted.add((String) m.events().get(0).get("a")));
            assertThat(store.termCount("r")).as("at most 1.1 times the bound between trims").isLessThanOrEqualTo(110);
        }
        rule.finish(m -> { });
        assertThat(store.termCount("r")).isEqualTo(100);
        assertThat(tally.count(StateLimit.NEW_TERMS_BASELINE, "r")).isEqualTo(900);
        // the newest terms survive: seeing v999 again is not new, seeing v0 again is (it was evicted)
        alerted.clear();
        MatchListener collect = m -> alerted.add((String) m.events().get(0).get("a"));
        rule.accept(new Event(Map.of("@timestamp", "2026-11-02T09:00:00Z", "a", "v999"), Origin.UNKNOWN), collect);
        rule.accept(new Event(Map.of("@timestamp", "2026-11-02T09:00:01Z", "a", "v0"), Origin.UNKNOWN), collect);
        rule.finish(collect);
        assertThat(alerted).containsExactly("v0");
    }

    @Test
    void thresholdGroupsAreBoundedAndEvictionsCounted() {
        LimitTally tally = new LimitTally();
        ThresholdDetection rule = new ThresholdDetection(Constant.TRUE, List.of("a"), 2, List.of(), Duration.ofHours(1),
                EventTime.standard(), "th", 50, tally);
        int peak = 0;
        for (int i = 0; i < 10_000; i++) {
            rule.accept(event(i, "g" + i, "y", "z"), m -> { });
            peak = Math.max(peak, rule.groupCount());
        }
        assertThat(peak).isEqualTo(50);
        // 10,000 groups made, 50 held
        assertThat(tally.count(StateLimit.THRESHOLD_GROUPS, "th")).isEqualTo(10_000 - 50);
        List<Object> fired = new ArrayList<>();
        rule.accept(event(10_000, "g9999", "y", "z"), fired::add);
        rule.finish(fired::add);
        assertThat(fired).as("a recent group still counts to its threshold").hasSize(1);
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
