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
 *
 * <p>Rules whose result depends on event order ({@link Detection#timeOrder}) do not see events as
 * they arrive: the events they may want are held once, in one {@link TimeOrderedBuffer} per time
 * field (bounded memory, spilling to disk), with the indexes of the rules that want them, and
 * handed to those rules in event-time order when the batch ends ({@link #finish}) or the caller's
 * watermark says no earlier event will come ({@link #advance}).
 */
public final class DetectionEngine implements AutoCloseable {
    /**
     * How order-sensitive rules are fed: {@code memoryBytes} of encoded events held before sorted
     * runs go to {@code spillDirectory} (null: the system's temporary directory).
     */
    public record Ordering(long memoryBytes, java.nio.file.Path spillDirectory) {
        /** 64 MiB of encoded events (about 30,000 CloudTrail records), then runs on disk. */
        public static final Ordering DEFAULT = new Ordering(64L << 20, null);
    }

    private static final EventTime TIME = EventTime.standard();
    private static final int EXPIRE_EVERY = 4096;
    private final List<Rule> rules;
    private final AlertFactory alerts;
    private final AlertSink sink;
    private final Map<String, Suppressor> suppressors = new HashMap<>();
    /** Per rule, its time order, or null for a rule that takes events as they come. */
    private final Detection.TimeOrder[] orders;
    /** Per rule, the index of its buffer in {@link #buffers}, or -1. */
    private final int[] bufferOf;
    private final List<TimeOrderedBuffer> buffers = new ArrayList<>();
    private final int[][] wanted;
    private final int[] wantedCount;
    private final Map<String, Long> matchesByRule = new LinkedHashMap<>();
    private final Map<String, Long> exceptedByRule = new LinkedHashMap<>();
    private long evaluated;

    public DetectionEngine(List<Rule> rules, AlertFactory alerts, AlertSink sink) {
        this(rules, alerts, sink, new InMemoryStateStore());
    }

    /** An engine whose suppression windows persist in {@code store}, so they span runs. */
    public DetectionEngine(List<Rule> rules, AlertFactory alerts, AlertSink sink, StateStore store) {
        this(rules, alerts, sink, store, Ordering.DEFAULT);
    }

    public DetectionEngine(List<Rule> rules, AlertFactory alerts, AlertSink sink, StateStore store, Ordering ordering) {
        this.rules = List.copyOf(rules);
        this.orders = new Detection.TimeOrder[this.rules.size()];
        this.bufferOf = new int[this.rules.size()];
        Map<String, Integer> bufferByTimeField = new HashMap<>();
        for (int i = 0; i < this.rules.size(); i++) {
            orders[i] = this.rules.get(i).detection().timeOrder();
            bufferOf[i] = -1;
            if (orders[i] != null) {
                Detection.TimeOrder order = orders[i];
                bufferOf[i] = bufferByTimeField.computeIfAbsent(order.time().field(), f -> {
                    buffers.add(new TimeOrderedBuffer(order.time(), ordering.memoryBytes(), ordering.spillDirectory()));
                    return buffers.size() - 1;
                });
            }
        }
        this.wanted = new int[buffers.size()][this.rules.size()];
        this.wantedCount = new int[buffers.size()];
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
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                if (!rule.exceptions().isEmpty() && rule.exceptions().excepts(event)) {
                    exceptedByRule.merge(rule.metadata().ruleId(), 1L, Long::sum);
                    continue;
                }
                if (orders[i] == null) {
                    rule.detection().accept(event, match -> emit(rule, match));
                } else if (orders[i].candidates().matches(event)) {
                    int b = bufferOf[i];
                    wanted[b][wantedCount[b]++] = i;
                }
            }
            for (int b = 0; b < buffers.size(); b++) {
                if (wantedCount[b] > 0) {
                    buffers.get(b).add(event, java.util.Arrays.copyOf(wanted[b], wantedCount[b]));
                    wantedCount[b] = 0;
                }
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
            drainBuffers();
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
            drainBuffers();
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

    /** Hands the held events to the rules that wanted them, in time order (one buffer per time field). */
    private void drainBuffers() {
        for (TimeOrderedBuffer buffer : buffers) {
            buffer.drain((event, tags) -> {
                for (int i : tags) {
                    Rule rule = rules.get(i);
                    rule.detection().accept(event, match -> emit(rule, match));
                }
            });
        }
    }

    /** Removes sort runs left on disk (after a failure; a finished batch leaves none). */
    @Override
    public void close() {
        buffers.forEach(TimeOrderedBuffer::close);
    }

    /** Sorted runs the order-sensitive rules' buffers wrote to disk, and the events in them. */
    public long spills() {
        return buffers.stream().mapToLong(TimeOrderedBuffer::spills).sum();
    }

    public long spilledEvents() {
        return buffers.stream().mapToLong(TimeOrderedBuffer::spilledEvents).sum();
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
