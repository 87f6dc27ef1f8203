package io.regionwatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.match.FieldExists;
import io.regionwatch.core.state.InMemoryStateStore;
import io.regionwatch.core.state.StateStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatefulDetectionsTest {
    private static int counter;

    private static Event event(String day, String account, String region, String user) {
        counter++;
        return new DocumentBuilder().set("@timestamp", day.length() == 10 ? day + "T12:00:00Z" : day)
                .set("cloud.account.id", account).set("cloud.region", region).set("user.name", user)
                .set("event.id", "e" + counter).build(new Origin("f", counter, counter));
    }

    /** As the engine runs an order-sensitive detection: its candidates, sorted by a {@link TimeOrderedBuffer}. */
    private static List<Match> run(Detection detection, List<Event> events) {
        List<Match> matches = new ArrayList<>();
        Detection.TimeOrder order = detection.timeOrder();
        assertThat(order).as("stateful detections ask the engine for time order").isNotNull();
        try (TimeOrderedBuffer buffer = new TimeOrderedBuffer(order.time(), 1 << 20, null)) {
            events.stream().filter(order.candidates()::matches).forEach(e -> buffer.add(e, new int[0]));
            buffer.drain((e, tags) -> detection.accept(e, matches::add));
        }
        detection.finish(matches::add);
        return matches;
    }

    private static NewTermsDetection newTerms(StateStore store, boolean learning) {
        return new NewTermsDetection("nt", new FieldExists(FieldPath.of("cloud.region")), List.of("cloud.account.id", "cloud.region"),
                Duration.ofDays(30), learning, store, EventTime.standard());
    }

    @Test
    void newTermsAlertsOnFirstSightingOnlyAfterTheBaselineCoversTheWindow() {
        StateStore store = new InMemoryStateStore();
        List<Event> events = List.of(
                event("2026-01-01", "111", "us-east-1", "a"),   // starts the baseline
                event("2026-01-20", "111", "eu-west-1", "a"),   // new, but baseline only 19 days old: learned
                event("2026-02-05", "111", "us-east-1", "a"),   // seen 35 days ago: outside window -> new again
                event("2026-02-06", "111", "ap-south-1", "a"),  // new -> alert
                event("2026-02-07", "222", "ap-south-1", "b"),  // new for account 222 -> alert
                event("2026-02-08", "111", "ap-south-1", "a")); // seen 2 days ago
        List<Match> matches = run(newTerms(store, true), events);
        assertThat(matches).extracting(m -> ((Match.EventMatch) m).event().get("event.id"))
                .containsExactly(events.get(2).get("event.id"), events.get(3).get("event.id"), events.get(4).get("event.id"));
        assertThat(((Match.EventMatch) matches.get(1)).alertFields().toString()).contains("new_terms=[111, ap-south-1]");
        assertThat(store.termCount("nt")).isEqualTo(4);
    }

    @Test
    void newTermsIgnoresArrivalOrderWithinABatch() {
        List<Event> ordered = List.of(event("2026-01-01", "1", "r0", "a"), event("2026-03-01", "1", "r1", "a"),
                event("2026-03-02", "1", "r1", "a"));
        List<Event> shuffled = List.of(ordered.get(2), ordered.get(0), ordered.get(1));
        List<Match> a = run(newTerms(new InMemoryStateStore(), true), ordered);
        List<Match> b = run(newTerms(new InMemoryStateStore(), true), shuffled);
        assertThat(a).hasSize(1);
        assertThat(b).extracting(m -> m.events().get(0).document()).isEqualTo(List.of(a.get(0).events().get(0).document()));
        assertThat(((Match.EventMatch) a.get(0)).event().get("event.id")).isEqualTo(ordered.get(1).get("event.id"));
    }

    @Test
    void baselinePersistsAcrossRunsThroughTheStore() {
        StateStore store = new InMemoryStateStore();
        run(newTerms(store, false), List.of(event("2026-01-01", "1", "eu-west-1", "a")));
        assertThat(run(newTerms(store, false), List.of(event("2026-01-02", "1", "eu-west-1", "a")))).isEmpty();
        assertThat(run(newTerms(store, false), List.of(event("2026-01-02", "1", "me-south-1", "a")))).hasSize(1);
    }

    @Test
    void thresholdCountsDistinctRegionsPerPrincipalInASlidingWindow() {
        ThresholdDetection detection = new ThresholdDetection(new FieldExists(FieldPath.of("cloud.region")), List.of("user.name"), 3,
                List.of(new ThresholdDetection.Cardinality("cloud.region", 3)), Duration.ofMinutes(10), EventTime.standard());
        List<Match> matches = run(detection, List.of(
                event("2026-01-01T10:00:00Z", "1", "r1", "mallory"),
                event("2026-01-01T10:01:00Z", "1", "r2", "mallory"),
                event("2026-01-01T10:02:00Z", "1", "r2", "mallory"),   // 3 events, 2 regions: not yet
                event("2026-01-01T10:03:00Z", "1", "r1", "alice"),
                event("2026-01-01T10:04:00Z", "1", "r3", "mallory"),   // 4 events, 3 regions -> alert
                event("2026-01-01T10:05:00Z", "1", "r4", "mallory"),   // window restarted after the alert
                event("2026-01-01T10:30:00Z", "1", "r5", "mallory"),
                event("2026-01-01T10:31:00Z", "1", "r6", "mallory"))); // r4 fell out of the window: 2 events
        assertThat(matches).singleElement().satisfies(m -> {
            Match.AggregateMatch agg = (Match.AggregateMatch) m;
            assertThat(agg.groupFields()).containsEntry("user.name", "mallory");
            assertThat(agg.alertFields().toString()).contains("count=4", "value=3");
            assertThat(agg.evidence()).hasSize(4);
        });
    }

    @Test
    void thresholdWithoutGroupByCountsEverything() {
        ThresholdDetection detection = new ThresholdDetection(new FieldExists(FieldPath.of("cloud.region")), List.of(), 2, List.of(),
                Duration.ofHours(1), EventTime.standard());
        assertThat(run(detection, List.of(event("2026-01-01T10:00:00Z", "1", "r1", "a"), event("2026-01-01T10:10:00Z", "2", "r2", "b"))))
                .hasSize(1);
    }
}
