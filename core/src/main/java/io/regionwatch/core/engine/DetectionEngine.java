package io.regionwatch.core.engine;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.alert.AlertSink;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.state.InMemoryStateStore;
import io.regionwatch.core.state.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule over every event and writes the alerts. Per rule: exceptions first (an excepted
 * event never reaches the detection, for every rule type, as Elastic filters every stage), then the
 * detection, then alert suppression. It knows nothing of files or formats.
 */
public final class DetectionEngine {
    private static final EventTime TIME = EventTime.standard();
    private static final int EXPIRE_EVERY = 4096;
    private final List<Rule> rules;
    private final AlertFactory alerts;
    private final AlertSink sink;
    private final Map<String, Suppressor> suppressors = new HashMap<>();
    private final Map<String, Long> matchesByRule = new LinkedHashMap<>();
    private final Map<String, Long> exceptedByRule = new LinkedHashMap<>();
    private long evaluated;

    public DetectionEngine(List<Rule> rules, AlertFactory alerts, AlertSink sink) {
        this(rules, alerts, sink, new InMemoryStateStore());
    }

    /** An engine whose suppression windows persist in {@code store}, so they span runs. */
    public DetectionEngine(List<Rule> rules, AlertFactory alerts, AlertSink sink, StateStore store) {
        this.rules = List.copyOf(rules);
        this.alerts = alerts;
        this.sink = sink;
        for (Rule r : this.rules) {
            matchesByRule.put(r.metadata().ruleId(), 0L);
            exceptedByRule.put(r.metadata().ruleId(), 0L);
            if (r.suppression() != null) {
                suppressors.put(r.metadata().ruleId(), new Suppressor(r.metadata().ruleId(), r.suppression(), store));
            }
        }
    }

    /** Evaluates one event against every rule. */
    public void process(Event event) throws IOException {
        evaluated++;
        try {
            for (Rule rule : rules) {
                if (!rule.exceptions().isEmpty() && rule.exceptions().excepts(event)) {
                    exceptedByRule.merge(rule.metadata().ruleId(), 1L, Long::sum);
                    continue;
                }
                rule.detection().accept(event, match -> emit(rule, match));
            }
            if (!suppressors.isEmpty() && evaluated % EXPIRE_EVERY == 0) {
                Instant now = TIME.of(event);
                if (now != null) {
                    suppressors.values().forEach(s -> s.expire(now, this::write));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Flushes what stateful detections and suppression windows can only decide at the end of the stream. */
    public void finish() throws IOException {
        try {
            for (Rule rule : rules) {
                rule.detection().finish(match -> emit(rule, match));
            }
            suppressors.values().forEach(s -> s.finish(this::write));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Continuous mode: the caller promises no event earlier than {@code watermark} (event time) will
     * follow, so detections hand on what they held for ordering and suppression windows that closed
     * before the watermark are written. Unlike {@link #finish}, open state stays open.
     */
    public void advance(Instant watermark) throws IOException {
        try {
            for (Rule rule : rules) {
                rule.detection().flush(match -> emit(rule, match));
            }
            if (watermark != null) {
                suppressors.values().forEach(s -> s.expire(watermark, this::write));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void emit(Rule rule, Match match) {
        List<Alert> out;
        if (match instanceof Match.EventMatch m) {
            out = List.of(alerts.forEvent(rule.metadata(), m.event()).with(m.alertFields()));
        } else if (match instanceof Match.SequenceMatch m) {
            out = alerts.forSequence(rule.metadata(), m.events());
        } else {
            Match.AggregateMatch m = (Match.AggregateMatch) match;
            out = List.of(alerts.forAggregate(rule.metadata(), m.groupFields(), m.alertFields(), m.evidence()));
        }
        if (!rule.overrides().isEmpty()) {
            out = out.stream().map(a -> Overrides.apply(rule.overrides(), a)).toList();
        }
        matchesByRule.merge(rule.metadata().ruleId(), 1L, Long::sum);
        Suppressor suppressor = suppressors.get(rule.metadata().ruleId());
        if (suppressor != null) {
            suppressor.offer(out, this::write);
        } else {
            out.forEach(this::write);
        }
    }

    private void write(Alert alert) {
        try {
            sink.write(alert);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long evaluated() {
        return evaluated;
    }

    /** Matches per rule id (a sequence counts once, however many alert documents it wrote). */
    public Map<String, Long> matchesByRule() {
        return Map.copyOf(matchesByRule);
    }

    /** Events each rule skipped because an exception item matched them. */
    public Map<String, Long> exceptedByRule() {
        return Map.copyOf(exceptedByRule);
    }

    public List<Rule> rules() {
        return new ArrayList<>(rules);
    }
}
