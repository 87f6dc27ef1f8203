package io.regionwatch.core.engine;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.alert.AlertSink;
import io.regionwatch.core.event.DocumentEncoding;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.ActionInterest;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.RequiredTerms;
import io.regionwatch.core.match.RequiredValues;
import io.regionwatch.core.match.Values;
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
 * Runs every rule over every event and writes the alerts. Per rule: its stateless filter and
 * exceptions (an excepted event never reaches the detection, for every rule type, as Elastic filters
 * every stage), then the detection, then alert suppression. It knows nothing of files or formats.
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
    /** The field rules are indexed by: the API call or operation, which most cloud rules name. */
    private static final FieldPath INDEX_FIELD = FieldPath.of("event.action");
    private static final int[] NONE = new int[0];
    private final List<Rule> rules;
    private final AlertFactory alerts;
    private final AlertSink sink;
    private final Map<String, Suppressor> suppressors = new HashMap<>();
    private final Map<String, Long> matchesByRule = new LinkedHashMap<>();
    private final long[] excepted;
    /** Per rule, the stateless filter (event filter, or the candidates of an order-sensitive rule), or null. */
    private final Matcher[] filters;
    /** Per rule, its time order, or null for a rule that takes events as they come. */
    private final Detection.TimeOrder[] orders;
    /** Per rule, the index of its buffer in {@link #buffers}, or -1. */
    private final int[] bufferOf;
    private final List<TimeOrderedBuffer> buffers = new ArrayList<>();
    /**
     * Per rule, whether it has exceptions. They are tested on the events that pass its filter (an
     * excepted count is what the exceptions took from the rule), and on every event for a rule
     * without one.
     */
    private final boolean[] hasExceptions;
    /** Rules with a filter that requires no particular event.action (nor a prefix of one): tested on every event. */
    private final int[] unindexed;
    /** Folded event.action value → rules with a filter that requires it (or another value). */
    private final Map<String, int[]> byAction;
    /** Folded prefix of event.action → rules with a filter that requires an action beginning with it (or another). */
    private final Map<String, int[]> byActionPrefix;
    /** Folded event.action → its candidate rules, computed once per distinct action (a scan sees a few hundred). */
    private final Map<String, int[]> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_RESOLVED = 4096;
    /** Rules without a filter (stateful, in arrival order): their detection sees every event. */
    private final int[] direct;
    private final int[][] wanted;
    private final int[] wantedCount;
    private long evaluated;

    /**
     * The part of evaluating one event that depends on no other event: which rules' exceptions
     * apply to it, which rules' filters it passes, and its encoded form when an order-sensitive rule
     * wants it. {@link #prepare} is thread-safe, so reader threads can do this work.
     */
    public static final class Prepared {
        final int[] excepted;
        final int[] passed;
        final byte[] encoded;

        Prepared(int[] excepted, int[] passed, byte[] encoded) {
            this.excepted = excepted;
            this.passed = passed;
            this.encoded = encoded;
        }
    }

    public DetectionEngine(List<Rule> rules, AlertFactory alerts, AlertSink sink) {
        this(rules, alerts, sink, new InMemoryStateStore());
    }

    /** An engine whose suppression windows persist in {@code store}, so they span runs. */
    public DetectionEngine(List<Rule> rules, AlertFactory alerts, AlertSink sink, StateStore store) {
        this(rules, alerts, sink, store, Ordering.DEFAULT);
    }

    public DetectionEngine(List<Rule> rules, AlertFactory alerts, AlertSink sink, StateStore store, Ordering ordering) {
        this.rules = List.copyOf(rules);
        this.alerts = alerts;
        this.sink = sink;
        int n = this.rules.size();
        this.excepted = new long[n];
        this.filters = new Matcher[n];
        this.orders = new Detection.TimeOrder[n];
        this.bufferOf = new int[n];
        this.hasExceptions = new boolean[n];
        Map<String, Integer> bufferByTimeField = new HashMap<>();
        List<Integer> always = new ArrayList<>();
        List<Integer> stateful = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        Map<String, List<Integer>> prefixIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Rule r = this.rules.get(i);
            matchesByRule.put(r.metadata().ruleId(), 0L);
            if (r.suppression() != null) {
                suppressors.put(r.metadata().ruleId(), new Suppressor(r.metadata().ruleId(), r.suppression(), store));
            }
            hasExceptions[i] = !r.exceptions().isEmpty();
            Detection detection = r.detection();
            orders[i] = detection.timeOrder();
            bufferOf[i] = -1;
            if (orders[i] != null) {
                Detection.TimeOrder order = orders[i];
                filters[i] = order.candidates();
                bufferOf[i] = bufferByTimeField.computeIfAbsent(order.time().field(), f -> {
                    buffers.add(new TimeOrderedBuffer(order.time(), ordering.memoryBytes(), ordering.spillDirectory()));
                    return buffers.size() - 1;
                });
            } else {
                filters[i] = detection.eventFilter();
            }
            if (filters[i] == null) {
                stateful.add(i);
                continue;
            }
            RequiredValues actions = RequiredTerms.values(filters[i], INDEX_FIELD);
            if (actions == null) {
                always.add(i);
            } else {
                for (String action : actions.terms()) {
                    index.computeIfAbsent(action, a -> new ArrayList<>()).add(i);
                }
                for (String prefix : actions.prefixes()) {
                    prefixIndex.computeIfAbsent(prefix, a -> new ArrayList<>()).add(i);
                }
            }
        }
        this.unindexed = ints(always);
        this.direct = ints(stateful);
        Map<String, int[]> byAction = new HashMap<>();
        index.forEach((action, list) -> byAction.put(action, ints(list)));
        this.byAction = byAction;
        Map<String, int[]> byPrefix = new HashMap<>();
        prefixIndex.forEach((prefix, list) -> byPrefix.put(prefix, ints(list)));
        this.byActionPrefix = byPrefix;
        this.wanted = new int[buffers.size()][n];
        this.wantedCount = new int[buffers.size()];
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Which events any rule can look at: those whose {@code event.action} the index holds, exactly
     * or by a prefix, when every rule requires one; else every event. An event outside it would
     * pass no rule's filter.
     */
    public ActionInterest interest() {
        if (direct.length > 0 || unindexed.length > 0) {
            return ActionInterest.EVERY_EVENT;
        }
        return ActionInterest.of(new RequiredValues(byAction.keySet(), byActionPrefix.keySet()));
    }

    /** The stateless part of evaluating {@code event}; thread-safe. */
    public Prepared prepare(Event event) {
        int[] exceptedHere = NONE;
        // a rule without a filter sees every event, so its exceptions are tested on every event
        for (int i : direct) {
            if (hasExceptions[i] && rules.get(i).exceptions().excepts(event)) {
                exceptedHere = append(exceptedHere, i);
            }
        }
        int[] passed = NONE;
        boolean wantedInOrder = false;
        for (int i : candidates(event)) {
            if (!filters[i].matches(event)) {
                continue;
            }
            // excepted counts the events an exception took from a rule that would have had them
            if (hasExceptions[i] && rules.get(i).exceptions().excepts(event)) {
                exceptedHere = append(exceptedHere, i);
            } else {
                passed = append(passed, i);
                wantedInOrder |= orders[i] != null;
            }
        }
        byte[] encoded = !wantedInOrder ? null
                : event.encoding() != null ? event.encoding() : DocumentEncoding.encode(event.document());
        return new Prepared(exceptedHere, passed, encoded);
    }

    /** Rules whose filter the event may pass, in rule order: the unindexed ones and those its event.action names. */
    private int[] candidates(Event event) {
        if (byAction.isEmpty() && byActionPrefix.isEmpty()) {
            return unindexed;
        }
        Object action = event.get(INDEX_FIELD);
        if (action == null) {
            return unindexed;
        }
        if (action instanceof String s) {
            return resolve(s);
        }
        if (action instanceof List<?> values) {
            int[] all = unindexed;
            for (Object v : values) {
                if (!(v instanceof String s)) {
                    return allFiltered();
                }
                all = union(all, resolve(s));
            }
            return all;
        }
        return allFiltered();
    }

    /** The rules an event with this action may pass: the unindexed ones, those naming it, those naming a prefix of it. */
    private int[] resolve(String action) {
        int[] known = resolved.get(action);
        if (known != null) {
            return known;
        }
        String folded = Values.fold(action);
        int[] rules = union(unindexed, byAction.getOrDefault(folded, NONE));
        for (Map.Entry<String, int[]> prefix : byActionPrefix.entrySet()) {
            if (folded.startsWith(prefix.getKey())) {
                rules = union(rules, prefix.getValue());
            }
        }
        if (resolved.size() < MAX_RESOLVED) {
            resolved.put(action, rules);
        }
        return rules;
    }

    /** An event.action that is not a string (a number from a hostile record): test every filtered rule. */
    private int[] allFiltered() {
        int[] all = NONE;
        for (int i = 0; i < filters.length; i++) {
            if (filters[i] != null) {
                all = append(all, i);
            }
        }
        return all;
    }

    private static int[] append(int[] to, int i) {
        int[] out = java.util.Arrays.copyOf(to, to.length + 1);
        out[to.length] = i;
        return out;
    }

    private static boolean contains(int[] sorted, int i) {
        for (int x : sorted) {
            if (x == i) {
                return true;
            }
        }
        return false;
    }

    /** The sorted union of two sorted index lists. */
    private static int[] union(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[k++] = next;
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** Evaluates one event against every rule. */
    public void process(Event event) throws IOException {
        process(event, prepare(event));
    }

    /**
     * Evaluates one event whose stateless part {@link #prepare} computed (on any thread): events
     * must come here in stream order, one at a time.
     */
    public void process(Event event, Prepared prepared) throws IOException {
        evaluated++;
        try {
            for (int i : prepared.excepted) {
                excepted[i]++;
            }
            int[] passed = prepared.passed;
            int p = 0;
            int d = 0;
            // in rule order, so that alerts come out as a sequential evaluation writes them
            while (p < passed.length || d < direct.length) {
                if (d == direct.length || p < passed.length && passed[p] < direct[d]) {
                    int i = passed[p++];
                    Rule rule = rules.get(i);
                    if (orders[i] == null) {
                        emit(rule, new Match.EventMatch(event, Map.of()));
                    } else {
                        int b = bufferOf[i];
                        wanted[b][wantedCount[b]++] = i;
                    }
                } else {
                    int i = direct[d++];
                    if (!contains(prepared.excepted, i)) {
                        Rule rule = rules.get(i);
                        rule.detection().accept(event, match -> emit(rule, match));
                    }
                }
            }
            for (int b = 0; b < buffers.size(); b++) {
                if (wantedCount[b] > 0) {
                    buffers.get(b).add(event, prepared.encoded, java.util.Arrays.copyOf(wanted[b], wantedCount[b]));
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
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            out.put(rules.get(i).metadata().ruleId(), excepted[i]);
        }
        return out;
    }

    public List<Rule> rules() {
        return new ArrayList<>(rules);
    }
}
