package io.regionwatch.sigma.correlation;

import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.engine.EventTime;
import io.regionwatch.core.match.AnyOf;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.engine.MatchListener;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.limit.StateLimit;
import io.regionwatch.sigma.model.SigmaCorrelation.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A correlation rule over a stream. Events are placed by {@code @timestamp} and assumed to arrive
 * in time order. Conditions with only lower bounds ({@code gt}, {@code gte}) are checked on every
 * arrival over a true sliding window, so they fire as early as possible; conditions that a growing
 * window could break ({@code lt}, {@code lte}, {@code eq}, {@code neq}) are decided when the window
 * (anchored at the group's first hit) closes, or at {@link #finish}. After firing, a group starts over.
 *
 * <p>{@code value_percentile} has two readings. With pySigma's {@code condition.percentile: P} (and
 * for {@code value_median}, P = 50) the aggregate is the P-th percentile of the numeric field,
 * handled like {@code value_avg}. Without it (the specification's example: "a processes name ...
 * than 1% of all the processes", {@code field: Image}, {@code lte: 1}) the aggregate is, for each
 * value of the field, its share in percent of the group's events that carry the field; every value
 * whose share satisfies the condition fires once, with its own events. A share can move either way
 * as events arrive, so that reading is always decided when the window closes, never on arrival: a
 * rare value seen first would otherwise be judged at 100%, and one seen after a burst judged before
 * the rest of the window.
 */
public final class CorrelationDetection implements Detection {
    /** Default bound on groups held at once; the least recently used group is dropped beyond it. */
    public static final int MAX_GROUPS = io.regionwatch.core.limit.RuleLimits.DEFAULT_CORRELATION_GROUPS;
    /** Default bound on hits held per group. */
    public static final int MAX_HITS_PER_GROUP = io.regionwatch.core.limit.RuleLimits.DEFAULT_CORRELATION_HITS_PER_GROUP;
    private static final FieldPath TIMESTAMP = FieldPath.of("@timestamp");

    private final Type type;
    private final List<Member> members;
    private final long timespan;
    private final Threshold threshold;
    /** The percentile compared by value_percentile/value_median; null for value_percentile's share reading. */
    private final Integer percentile;
    private final String ruleId;
    private final CorrelationLimits limits;
    private final Map<List<Object>, Window> groups;

    public CorrelationDetection(Type type, List<Member> members, long timespanMillis, Threshold threshold) {
        this(type, members, timespanMillis, threshold, null, "correlation", CorrelationLimits.defaults());
    }

    /** {@code percentile}: for value_percentile, the percentile to compare, or null for the share reading. */
    public CorrelationDetection(Type type, List<Member> members, long timespanMillis, Threshold threshold, Integer percentile) {
        this(type, members, timespanMillis, threshold, percentile, "correlation", CorrelationLimits.defaults());
    }

    /** With configured bounds; every dropped group or hit is counted in the limits' report under {@code ruleId}. */
    public CorrelationDetection(Type type, List<Member> members, long timespanMillis, Threshold threshold, String ruleId,
            CorrelationLimits limits) {
        this(type, members, timespanMillis, threshold, null, ruleId, limits);
    }

    public CorrelationDetection(Type type, List<Member> members, long timespanMillis, Threshold threshold, Integer percentile,
            String ruleId, CorrelationLimits limits) {
        this.type = type;
        this.members = List.copyOf(members);
        this.timespan = timespanMillis;
        this.threshold = threshold;
        this.percentile = type == Type.VALUE_MEDIAN ? Integer.valueOf(50) : percentile;
        this.ruleId = ruleId;
        this.limits = limits;
        this.groups = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Window> eldest) {
                if (size() > limits.maxGroups()) {
                    limits.report().hit(StateLimit.CORRELATION_GROUPS, ruleId, limits.maxGroups(), 1);
                    return true;
                }
                return false;
            }
        };
    }

    /** Groups held now, at most the configured bound: for limits and their tests. */
    public int groupCount() {
        return groups.size();
    }

    /**
     * Windows slide over event time, so the engine feeds this rule its candidates (events some
     * member rule matches, through chained correlations too) in time order; null when a member
     * cannot say which events it wants.
     */
    @Override
    public TimeOrder timeOrder() {
        Matcher candidates = candidates();
        return candidates == null ? null : new TimeOrder(candidates, EventTime.standard());
    }

    private Matcher candidates() {
        List<Matcher> any = new ArrayList<>();
        for (Member member : members) {
            Matcher m = member.detection().eventFilter();
            if (m == null && member.detection() instanceof CorrelationDetection chained) {
                m = chained.candidates();
            }
            if (m == null) {
                return null;
            }
            any.add(m);
        }
        return new AnyOf(any);
    }

    @Override
    public void accept(Event event, MatchListener listener) {
        Long time = time(event);
        if (time == null) {
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            List<Event> matched = new ArrayList<>(1);
            member.detection().accept(event, m -> matched.add(m.events().get(m.events().size() - 1)));
            if (!matched.isEmpty()) {
                Event hit = matched.get(0);
                process(new Hit(time, i, value(member, hit), hit), key(member, hit), listener);
                if (!temporal()) {
                    return; // an event matched by several rules is still one event to count
                }
            }
        }
    }

    private void process(Hit hit, List<Object> key, MatchListener listener) {
        Window window = groups.computeIfAbsent(key, k -> new Window());
        if (decidedAtClose()) {
            if (!window.isEmpty() && hit.time() > window.start() + timespan) {
                emitIf(window, listener);
                window.clear();
            }
            window.add(hit);
        } else {
            window.add(hit);
            window.evictBefore(hit.time() - timespan);
            emitIf(window, listener);
        }
        int dropped = window.trim(limits.maxHitsPerGroup());
        if (dropped > 0) {
            limits.report().hit(StateLimit.CORRELATION_HITS, ruleId, limits.maxHitsPerGroup(), dropped);
        }
    }

    @Override
    public void finish(MatchListener listener) {
        for (Iterator<Window> it = groups.values().iterator(); it.hasNext();) {
            Window w = it.next();
            if (decidedAtClose() && !w.isEmpty()) {
                emitIf(w, listener);
            }
            it.remove();
        }
    }

    private void emitIf(Window window, MatchListener listener) {
        if (shares()) {
            emitRareOrCommonValues(window, listener);
            return;
        }
        if (satisfied(window)) {
            listener.onMatch(window.events());
            window.clear();
        }
    }

    /** The share reading: one match per value whose percentage of the valued hits satisfies the condition. */
    private void emitRareOrCommonValues(Window window, MatchListener listener) {
        int whole = window.valued();
        if (whole == 0) {
            return;
        }
        // one pass groups the events by value (first-seen order, for stable alerts): with every value
        // rare, a scan per firing value would cost hits x values at each close
        Map<Object, List<Event>> byValue = window.eventsByValue();
        boolean fired = false;
        for (Map.Entry<Object, List<Event>> e : byValue.entrySet()) {
            if (threshold.test(100.0 * e.getValue().size() / whole)) {
                listener.onMatch(e.getValue());
                fired = true;
            }
        }
        if (fired) {
            window.clear();
        }
    }

    private boolean shares() {
        return type == Type.VALUE_PERCENTILE && percentile == null;
    }

    private boolean satisfied(Window w) {
        return switch (type) {
            case EVENT_COUNT -> threshold.test(w.size());
            case VALUE_COUNT -> threshold.test(w.distinctValues());
            case VALUE_SUM -> threshold.test(w.sum());
            case VALUE_AVG -> !Double.isNaN(w.average()) && threshold.test(w.average());
            case TEMPORAL -> threshold.test(w.membersSeen());
            case TEMPORAL_ORDERED -> w.inOrder(members.size()) && threshold.test(w.membersSeen());
            case VALUE_PERCENTILE, VALUE_MEDIAN -> {
                double p = w.percentile(percentile);
                yield !Double.isNaN(p) && threshold.test(p);
            }
        };
    }

    private boolean temporal() {
        return type == Type.TEMPORAL || type == Type.TEMPORAL_ORDERED;
    }

    private boolean decidedAtClose() {
        return shares() || !temporal() && threshold.hasUpperBound();
    }

    private static List<Object> key(Member member, Event event) {
        List<Object> key = new ArrayList<>(member.groupBy().size());
        for (FieldPath field : member.groupBy()) {
            Object v = event.get(field);
            key.add(v == null ? null : String.valueOf(v));
        }
        return key;
    }

    private static Object value(Member member, Event event) {
        if (member.valueField() == null) {
            return null;
        }
        Object v = event.get(member.valueField());
        return v instanceof List<?> ? String.valueOf(v) : v;
    }

    static Long time(Event event) {
        Object ts = event.get(TIMESTAMP);
        if (ts instanceof Long millis) {
            return millis;
        }
        if (ts instanceof String s) {
            try {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
