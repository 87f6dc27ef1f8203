package io.regionwatch.core.engine;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.alert.AlertSink;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.rule.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule over every event and writes the alerts. It knows nothing of files or formats:
 * events come in, alerts go out to the sink it was given.
 */
public final class DetectionEngine {
    private final List<Rule> rules;
    private final AlertFactory alerts;
    private final AlertSink sink;
    private final Map<String, Long> alertsByRule = new LinkedHashMap<>();
    private long evaluated;

    public DetectionEngine(List<Rule> rules, AlertFactory alerts, AlertSink sink) {
        this.rules = List.copyOf(rules);
        this.alerts = alerts;
        this.sink = sink;
        this.rules.forEach(r -> alertsByRule.put(r.metadata().ruleId(), 0L));
    }

    /** Evaluates one event against every rule. */
    public void process(Event event) throws IOException {
        evaluated++;
        for (Rule rule : rules) {
            try {
                rule.detection().accept(event, matched -> emit(rule, matched));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** Flushes what stateful detections can only decide at the end of the stream. */
    public void finish() throws IOException {
        for (Rule rule : rules) {
            try {
                rule.detection().finish(matched -> emit(rule, matched));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private void emit(Rule rule, List<Event> matched) {
        List<Alert> out = matched.size() == 1
                ? List.of(alerts.forEvent(rule.metadata(), matched.get(0)))
                : alerts.forSequence(rule.metadata(), matched);
        alertsByRule.merge(rule.metadata().ruleId(), 1L, Long::sum);
        try {
            for (Alert alert : out) {
                sink.write(alert);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long evaluated() {
        return evaluated;
    }

    /** Matches per rule id (a sequence counts once, however many alert documents it wrote). */
    public Map<String, Long> matchesByRule() {
        return Map.copyOf(alertsByRule);
    }

    public List<Rule> rules() {
        return new ArrayList<>(rules);
    }
}
