package io.regionwatch.sigma.correlation;

import io.regionwatch.core.engine.Detection;
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
    private final String ruleId;
    private final CorrelationLimits limits;
    private final Map<List<Object>, Window> groups;

    public CorrelationDetection(Type type, List<Member> members, long timespanMillis, Threshold threshold) {
        this(type, members, timespanMillis, threshold, "correlation", CorrelationLimits.defaults());
    }

    /** With configured bounds; every dropped group or hit is counted in the limits' report under {@code ruleId}. */
    public CorrelationDetection(Type type, List<Member> members, long timespanMillis, Threshold threshold, String ruleId,
            CorrelationLimits limits) {
        this.type = type;
        this.members = List.copyOf(members);
        this.timespan = timespanMillis;
        this.threshold = threshold;
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
        if (satisfied(window)) {
            listener.onMatch(window.events());
            window.clear();
        }
    }

    private boolean satisfied(Window w) {
        return switch (type) {
            case EVENT_COUNT -> threshold.test(w.size());
            case VALUE_COUNT -> threshold.test(w.distinctValues());
            case VALUE_SUM -> threshold.test(w.sum());
            case VALUE_AVG -> !Double.isNaN(w.average()) && threshold.test(w.average());
            case TEMPORAL -> threshold.test(w.membersSeen());
            case TEMPORAL_ORDERED -> w.inOrder(members.size()) && threshold.test(w.membersSeen());
            case VALUE_PERCENTILE -> false;
        };
    }

    private boolean temporal() {
        return type == Type.TEMPORAL || type == Type.TEMPORAL_ORDERED;
    }

    private boolean decidedAtClose() {
        return !temporal() && threshold.hasUpperBound();
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
