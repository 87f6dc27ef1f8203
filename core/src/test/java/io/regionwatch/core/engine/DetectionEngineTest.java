package io.regionwatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.rule.RuleMetadata;
import io.regionwatch.core.rule.Severity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionEngineTest {
    private static RuleMetadata meta(String id) {
        return new RuleMetadata(id, id, "", "eql", "eql", "", Severity.LOW, 21, 1, List.of(), null, List.of(),
                List.of(), List.of(), List.of(), null, null, 100, null, "x");
    }

    private static Event event(String region) {
        return new DocumentBuilder().set("cloud.region", region).set("event.id", region).build(new Origin("f", 1, 0));
    }

    @Test
    void routesEveryEventThroughEveryRuleAndCountsMatches() throws Exception {
        Detection euOnly = (e, out) -> {
            if (String.valueOf(e.get("cloud.region")).startsWith("eu-")) {
                out.onMatch(List.of(e));
            }
        };
        List<Event> buffer = new ArrayList<>();
        Detection pairs = new Detection() {
            @Override
            public void accept(Event e, MatchListener out) {
                buffer.add(e);
                if (buffer.size() == 2) {
                    out.onMatch(List.copyOf(buffer));
                    buffer.clear();
                }
            }

            @Override
            public void finish(MatchListener out) {
                if (!buffer.isEmpty()) {
                    out.onMatch(List.of(buffer.get(0)));
                }
            }
        };
        List<Alert> written = new ArrayList<>();
        DetectionEngine engine = new DetectionEngine(List.of(new Rule(meta("eu"), euOnly), new Rule(meta("pairs"), pairs)),
                new AlertFactory(Clock.systemUTC()), written::add);
        for (String region : List.of("eu-west-3", "us-east-1", "eu-south-1")) {
            engine.process(event(region));
        }
        engine.finish();
        assertThat(engine.evaluated()).isEqualTo(3);
        assertThat(engine.matchesByRule()).containsEntry("eu", 2L).containsEntry("pairs", 2L);
        // eu: 2 event alerts; pairs: one sequence (shell + 2 blocks) + one single-event flush
        assertThat(written).hasSize(6);
    }

    @Test
    void anOrderSensitiveRuleSeesOnlyItsCandidatesAndInTimeOrder() throws Exception {
        List<String> seen = new ArrayList<>();
        Detection ordered = new Detection() {
            @Override
            public void accept(Event e, MatchListener out) {
                seen.add((String) e.get("event.id"));
            }

            @Override
            public TimeOrder timeOrder() {
                return new TimeOrder(e -> !"skip".equals(e.get("event.id")), EventTime.standard());
            }
        };
        DetectionEngine engine = new DetectionEngine(List.of(new Rule(meta("ordered"), ordered)), new AlertFactory(Clock.systemUTC()),
                a -> { });
        for (String at : List.of("10:03", "10:01", "skip", "10:02", "10:00")) {
            String time = at.equals("skip") ? "10:00" : at;
            engine.process(new DocumentBuilder().set("@timestamp", "2026-11-28T" + time + ":00Z").set("event.id", at)
                    .build(new Origin("f", 1, seen.size())));
        }
        assertThat(seen).as("nothing before the batch ends").isEmpty();
        engine.finish();
        assertThat(seen).containsExactly("10:00", "10:01", "10:02", "10:03");
    }
}
