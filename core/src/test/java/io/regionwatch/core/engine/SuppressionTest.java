package io.regionwatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.rule.AlertSuppression;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.rule.RuleExceptions;
import io.regionwatch.core.rule.RuleMetadata;
import io.regionwatch.core.rule.Severity;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    private static final RuleMetadata META = new RuleMetadata("r", "r", "", "eql", "eql", "", Severity.LOW, 21, 1,
            List.of(), null, List.of(), List.of(), List.of(), List.of(), null, null, 100, null, "x");
    private static final Detection EVERY_EVENT = (e, out) -> out.onMatch(List.of(e));

    private static Event event(int n, String user, String minute) {
        return new DocumentBuilder().set("event.id", "e" + n).set("user.name", user).set("@timestamp", "2026-11-02T08:" + minute + ":00Z")
                .build(new Origin("f", n, n));
    }

    private static List<Event> run(AlertSuppression suppression, Event... events) throws Exception {
        List<Alert> written = new ArrayList<>();
        DetectionEngine engine = new DetectionEngine(List.of(new Rule(META, EVERY_EVENT, RuleExceptions.NONE, suppression)),
                new AlertFactory(Clock.systemUTC()), written::add);
        for (Event e : events) {
            engine.process(e);
        }
        engine.finish();
        return written.stream().map(a -> new Event(a.document(), Origin.UNKNOWN)).toList();
    }

    @Test
    void foldsAlertsOfOneGroupWithinTheWindowAndCountsThem() throws Exception {
        List<Event> alerts = run(new AlertSuppression(List.of("user.name"), Duration.ofMinutes(10), true),
                event(1, "alice", "00"), event(2, "alice", "05"), event(3, "bob", "06"), event(4, "alice", "09"),
                event(5, "alice", "11"));
        // alice: 00 keeps 05 and 09 (window 00-10), 11 opens a new window; bob alone
        assertThat(alerts).hasSize(3);
        Event aliceFirst = alerts.stream().filter(a -> "e1".equals(a.get("event.id"))).findFirst().orElseThrow();
        assertThat(aliceFirst.get("kibana.alert.suppression.docs_count")).isEqualTo(2L);
        assertThat(aliceFirst.get("kibana.alert.suppression.start")).isEqualTo("2026-11-02T08:00:00Z");
        assertThat(aliceFirst.get("kibana.alert.suppression.end")).isEqualTo("2026-11-02T08:09:00Z");
        assertThat(aliceFirst.get("kibana.alert.suppression.terms.field")).isEqualTo("user.name");
        assertThat(aliceFirst.get("kibana.alert.suppression.terms.value")).isEqualTo("alice");
        assertThat(alerts).extracting(a -> a.get("event.id")).containsExactlyInAnyOrder("e1", "e3", "e5");
    }

    @Test
    void windowsSpanRunsThroughTheStateStore() throws Exception {
        io.regionwatch.core.state.StateStore store = new io.regionwatch.core.state.InMemoryStateStore();
        AlertSuppression tenMinutes = new AlertSuppression(List.of("user.name"), Duration.ofMinutes(10), true);
        assertThat(runWith(store, tenMinutes, event(1, "alice", "00"))).hasSize(1);
        // next run: 08:05 falls in the window the first run opened and wrote; 08:11 opens a new one
        assertThat(runWith(store, tenMinutes, event(2, "alice", "05"))).isEmpty();
        assertThat(store.suppression("r", "[alice]").suppressed()).isEqualTo(1);
        assertThat(runWith(store, tenMinutes, event(3, "alice", "11"))).extracting(a -> a.get("event.id")).containsExactly("e3");
    }

    private static List<Event> runWith(io.regionwatch.core.state.StateStore store, AlertSuppression suppression, Event... events)
            throws Exception {
        List<Alert> written = new ArrayList<>();
        DetectionEngine engine = new DetectionEngine(List.of(new Rule(META, EVERY_EVENT, RuleExceptions.NONE, suppression)),
                new AlertFactory(Clock.systemUTC()), written::add, store);
        for (Event e : events) {
            engine.process(e);
        }
        engine.finish();
        return written.stream().map(a -> new Event(a.document(), Origin.UNKNOWN)).toList();
    }

    @Test
    void withoutDurationTheWholeRunIsOneWindow() throws Exception {
        List<Event> alerts = run(new AlertSuppression(List.of("user.name"), null, true),
                event(1, "alice", "00"), event(2, "alice", "30"), event(3, "alice", "59"));
        assertThat(alerts).singleElement().satisfies(a -> assertThat(a.get("kibana.alert.suppression.docs_count")).isEqualTo(2L));
    }

    @Test
    void missingFieldsAreGroupedOrNotByStrategy() throws Exception {
        assertThat(run(new AlertSuppression(List.of("user.name"), null, true), event(1, null, "00"), event(2, null, "01")))
                .hasSize(1);
        assertThat(run(new AlertSuppression(List.of("user.name"), null, false), event(1, null, "00"), event(2, null, "01")))
                .hasSize(2);
    }

    @Test
    void exceptedEventsNeverReachTheDetection() throws Exception {
        List<Alert> written = new ArrayList<>();
        List<Event> seen = new ArrayList<>();
        Detection recording = (e, out) -> {
            seen.add(e);
            out.onMatch(List.of(e));
        };
        RuleExceptions noAlice = RuleExceptions.compile("r", List.of(new io.regionwatch.core.rule.ExceptionList("l", "l",
                List.of(new io.regionwatch.core.rule.ExceptionItem("i", "n",
                        List.of(new io.regionwatch.core.rule.ExceptionEntry.Match("user.name", "alice", false)), null, null)),
                List.of())), java.util.Map.of());
        DetectionEngine engine = new DetectionEngine(List.of(new Rule(META, recording, noAlice, null)),
                new AlertFactory(Clock.systemUTC()), written::add);
        engine.process(event(1, "alice", "00"));
        engine.process(event(2, "bob", "00"));
        assertThat(seen).hasSize(1);
        assertThat(written).hasSize(1);
        assertThat(engine.exceptedByRule()).containsEntry("r", 1L);
    }
}
