package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.limit.LimitReport;
import io.regionwatch.core.limit.RuleLimits;
import io.regionwatch.core.limit.StateLimit;
import io.regionwatch.core.match.Matcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Elastic's {@code threshold}: alert when, within a window, the events of one group (0–3 fields)
 * number at least {@code value} and, for each cardinality condition, show at least that many
 * distinct values. Elastic counts per rule run (its look-back); a scan has no runs, so the window
 * slides over event time. After an alert the group's window restarts, as Elastic's signal history
 * stops counting events it already alerted on.
 */
public final class ThresholdDetection implements Detection {
    /** At least {@code minimum} distinct values of {@code field}. */
    public record Cardinality(String field, long minimum) {
    }

    private static final int EVIDENCE = 20;
    private final Matcher query;
    private final List<FieldPath> groupBy;
    private final long value;
    private final List<Cardinality> cardinality;
    private final List<FieldPath> cardinalityFields;
    private final Duration window;
    private final EventTime time;
    private final TimeOrderedBuffer buffer;
    private final Map<List<Object>, Deque<Event>> groups;

    public ThresholdDetection(Matcher query, List<String> groupBy, long value, List<Cardinality> cardinality,
            Duration window, EventTime time, int bufferCapacity) {
        this(query, groupBy, value, cardinality, window, time, bufferCapacity, "threshold", RuleLimits.DEFAULT_THRESHOLD_GROUPS,
                LimitReport.NONE);
    }

    /**
     * @param maxGroups groups counted at once: group values come from events an attacker writes, so the
     *     least recently used group is evicted beyond it (its partial count is lost) and reported
     */
    public ThresholdDetection(Matcher query, List<String> groupBy, long value, List<Cardinality> cardinality,
            Duration window, EventTime time, int bufferCapacity, String ruleId, int maxGroups, LimitReport report) {
        this.groups = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Deque<Event>> eldest) {
                if (size() > maxGroups) {
                    report.hit(StateLimit.THRESHOLD_GROUPS, ruleId, maxGroups, 1);
                    return true;
                }
                return false;
            }
        };
        this.query = query;
        this.groupBy = groupBy.stream().map(FieldPath::of).toList();
        this.value = value;
        this.cardinality = List.copyOf(cardinality);
        this.cardinalityFields = cardinality.stream().map(c -> FieldPath.of(c.field())).toList();
        this.window = window;
        this.time = time;
        this.buffer = new TimeOrderedBuffer(time, bufferCapacity);
    }

    @Override
    public void accept(Event event, MatchListener listener) {
        if (query.matches(event) && time.of(event) != null) {
            buffer.add(event, e -> count(e, listener));
        }
    }

    @Override
    public void flush(MatchListener listener) {
        buffer.drain(e -> count(e, listener));
    }

    @Override
    public void finish(MatchListener listener) {
        buffer.drain(e -> count(e, listener));
        groups.clear();
    }

    /** Groups counted now, at most the configured bound: for limits and their tests. */
    public int groupCount() {
        return groups.size();
    }

    private void count(Event event, MatchListener listener) {
        Instant at = time.of(event);
        for (List<Object> group : groupsOf(event)) {
            Deque<Event> events = groups.computeIfAbsent(group, g -> new ArrayDeque<>());
            events.addLast(event);
            while (time.of(events.peekFirst()).isBefore(at.minus(window))) {
                events.removeFirst();
            }
            Map<String, Long> distinct = distinctCounts(events);
            if (events.size() >= value && reached(distinct)) {
                listener.onMatch(result(group, events, distinct));
                groups.remove(group);
            }
        }
    }

    private List<List<Object>> groupsOf(Event event) {
        List<List<Object>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (FieldPath field : groupBy) {
            Object v = event.get(field);
            if (v == null) {
                return List.of();
            }
            List<List<Object>> next = new ArrayList<>();
            for (List<Object> prefix : out) {
                for (Object one : v instanceof List<?> list ? list : List.of(v)) {
                    List<Object> longer = new ArrayList<>(prefix);
                    longer.add(one);
                    next.add(longer);
                }
            }
            out = next;
        }
        return out;
    }

    private Map<String, Long> distinctCounts(Deque<Event> events) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < cardinality.size(); i++) {
            Set<Object> seen = new HashSet<>();
            for (Event e : events) {
                Object v = e.get(cardinalityFields.get(i));
                if (v instanceof List<?> list) {
                    seen.addAll(list);
                } else if (v != null) {
                    seen.add(v);
                }
            }
            counts.put(cardinality.get(i).field(), (long) seen.size());
        }
        return counts;
    }

    private boolean reached(Map<String, Long> distinct) {
        for (Cardinality c : cardinality) {
            if (distinct.get(c.field()) < c.minimum()) {
                return false;
            }
        }
        return true;
    }

    private Match result(List<Object> group, Deque<Event> events, Map<String, Long> distinct) {
        Map<String, Object> groupFields = new LinkedHashMap<>();
        List<Object> terms = new ArrayList<>();
        for (int i = 0; i < groupBy.size(); i++) {
            groupFields.put(groupBy.get(i).dotted(), group.get(i));
            terms.add(Map.of("field", groupBy.get(i).dotted(), "value", group.get(i)));
        }
        List<Object> cardinalities = new ArrayList<>();
        distinct.forEach((field, n) -> cardinalities.add(Map.of("field", field, "value", n)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("terms", terms);
        result.put("cardinality", cardinalities);
        result.put("count", (long) events.size());
        result.put("from", String.valueOf(time.of(events.peekFirst())));
        List<Event> evidence = new ArrayList<>(events).subList(0, Math.min(EVIDENCE, events.size()));
        return new Match.AggregateMatch(groupFields, Map.of("kibana", Map.of("alert", Map.of("threshold_result", result))),
                evidence);
    }
}
