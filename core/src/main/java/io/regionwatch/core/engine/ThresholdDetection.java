package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.limit.LimitReport;
import io.regionwatch.core.limit.RuleLimits;
import io.regionwatch.core.limit.StateLimit;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.Matcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /** Counted events between sweeps of groups whose window has passed. */
    private static final int SWEEP_EVERY = 4096;
    private final Matcher query;
    private final List<FieldPath> groupBy;
    private final long value;
    private final List<Cardinality> cardinality;
    private final List<FieldPath> cardinalityFields;
    private final Duration window;
    private final EventTime time;
    private final Map<List<Object>, Window> groups;
    private long counted;

    public ThresholdDetection(Matcher query, List<String> groupBy, long value, List<Cardinality> cardinality,
            Duration window, EventTime time) {
        this(query, groupBy, value, cardinality, window, time, "threshold", RuleLimits.DEFAULT_THRESHOLD_GROUPS, LimitReport.NONE);
    }

    /**
     * @param maxGroups groups counted at once: group values come from events an attacker writes, so the
     *     least recently used group is evicted beyond it (its partial count is lost) and reported
     */
    public ThresholdDetection(Matcher query, List<String> groupBy, long value, List<Cardinality> cardinality,
            Duration window, EventTime time, String ruleId, int maxGroups, LimitReport report) {
        this.groups = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Window> eldest) {
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
    }

    /** One group's events within the window, with running counts of each cardinality field's values. */
    private final class Window {
        final ArrayDeque<Event> events = new ArrayDeque<>();
        final ArrayDeque<Instant> times = new ArrayDeque<>();
        /** Per event, its cardinality fields' values, read once: eviction must not read the event again. */
        final ArrayDeque<Object[]> values = new ArrayDeque<>();
        final List<Map<Object, Integer>> distinct = new ArrayList<>();
        Instant last;

        Window() {
            for (int i = 0; i < cardinality.size(); i++) {
                distinct.add(new HashMap<>());
            }
        }

        void add(Event event, Instant at) {
            events.addLast(event);
            times.addLast(at);
            last = at;
            Object[] read = new Object[cardinalityFields.size()];
            for (int i = 0; i < read.length; i++) {
                read[i] = event.get(cardinalityFields.get(i));
                Map<Object, Integer> counts = distinct.get(i);
                forEachValue(read[i], v -> counts.merge(v, 1, Integer::sum));
            }
            values.addLast(read);
        }

        void evictBefore(Instant from) {
            while (!times.isEmpty() && times.peekFirst().isBefore(from)) {
                times.removeFirst();
                events.removeFirst();
                Object[] read = values.removeFirst();
                for (int i = 0; i < read.length; i++) {
                    Map<Object, Integer> counts = distinct.get(i);
                    forEachValue(read[i], v -> counts.computeIfPresent(v, (k, n) -> n == 1 ? null : n - 1));
                }
            }
        }
    }

    private static void forEachValue(Object v, java.util.function.Consumer<Object> action) {
        if (v instanceof List<?> list) {
            // a value repeated within one event is one value of that event, as a set would count it
            new java.util.LinkedHashSet<Object>(list).forEach(action);
        } else if (v != null) {
            action.accept(v);
        }
    }

    /** The engine gives this rule, in time order, only events that pass its query and have a time. */
    @Override
    public TimeOrder timeOrder() {
        // AllOf, so the engine's rule index and the scan's prefilter can read the API calls the query names
        Matcher timed = event -> time.of(event) != null;
        return new TimeOrder(new io.regionwatch.core.match.AllOf(List.of(query, timed)), time);
    }

    /** Only candidates arrive here ({@link Detection#timeOrder}): the query already passed, on a reader thread. */
    @Override
    public void accept(Event event, MatchListener listener) {
        Instant at = time.of(event);
        if (at != null) {
            count(event, at, listener);
        }
    }

    @Override
    public void finish(MatchListener listener) {
        groups.clear();
    }

    /** Groups held now (those with events inside the window of their last event). */
    public int groupCount() {
        return groups.size();
    }

    private void count(Event event, Instant at, MatchListener listener) {
        Instant from = at.minus(window);
        if (++counted % SWEEP_EVERY == 0) {
            // a group that went quiet is never touched again by its own events: drop it once its window passed
            groups.values().removeIf(w -> w.last.isBefore(from));
        }
        for (List<Object> group : groupsOf(event)) {
            Window w = groups.computeIfAbsent(group, g -> new Window());
            w.add(event, at);
            w.evictBefore(from);
            if (w.events.size() >= value && reached(w)) {
                listener.onMatch(result(group, w));
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

    private boolean reached(Window w) {
        for (int i = 0; i < cardinality.size(); i++) {
            if (w.distinct.get(i).size() < cardinality.get(i).minimum()) {
                return false;
            }
        }
        return true;
    }

    private Match result(List<Object> group, Window w) {
        ArrayDeque<Event> events = w.events;
        Map<String, Object> groupFields = new LinkedHashMap<>();
        List<Object> terms = new ArrayList<>();
        for (int i = 0; i < groupBy.size(); i++) {
            groupFields.put(groupBy.get(i).dotted(), group.get(i));
            terms.add(Map.of("field", groupBy.get(i).dotted(), "value", group.get(i)));
        }
        List<Object> cardinalities = new ArrayList<>();
        for (int i = 0; i < cardinality.size(); i++) {
            cardinalities.add(Map.of("field", cardinality.get(i).field(), "value", (long) w.distinct.get(i).size()));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("terms", terms);
        result.put("cardinality", cardinalities);
        result.put("count", (long) events.size());
        result.put("from", String.valueOf(w.times.peekFirst()));
        List<Event> evidence = new ArrayList<>(events).subList(0, Math.min(EVIDENCE, events.size()));
        return new Match.AggregateMatch(groupFields, Map.of("kibana", Map.of("alert", Map.of("threshold_result", result))),
                evidence);
    }
}
