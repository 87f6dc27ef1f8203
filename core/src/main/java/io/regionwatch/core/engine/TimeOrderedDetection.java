package io.regionwatch.core.engine;

import io.regionwatch.core.alert.AlertIds;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.state.StateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Feeds an order-sensitive detection (an EQL sequence or sample) the events of a batch in time
 * order. The scan reads files in path order, and a CloudTrail bucket sorts by region before date, so
 * "creation in ap-southeast-1, then CreateUser logged in us-east-1" would otherwise depend on
 * directory names. Only the detection's candidates are held (events passing some stage), and they
 * are released, sorted, when the batch ends.
 *
 * <p>A sequence that starts near the end of one run may complete in the next: the candidates of the
 * last {@code carry} span (the maxspan) are kept in the state store and replayed first next time.
 * Events seen again (the same logs rescanned) are replayed once.
 */
public final class TimeOrderedDetection implements Detection {
    static final int CARRY_WITHOUT_SPAN = 1000;
    private final Detection inner;
    private final Matcher candidates;
    private final EventTime time;
    private final List<Event> held = new ArrayList<>();
    private final int capacity;
    private final String ruleId;
    private final StateStore store;
    private final Duration carry;
    private boolean replayed;
    private final Set<String> carriedKeys = new HashSet<>();

    public TimeOrderedDetection(Detection inner, Matcher candidates, EventTime time, int capacity) {
        this(inner, candidates, time, capacity, null, null, null);
    }

    /** With {@code store} and {@code ruleId}, open sequences span runs; {@code carry} null means the last 1,000 candidates. */
    public TimeOrderedDetection(Detection inner, Matcher candidates, EventTime time, int capacity, String ruleId,
            StateStore store, Duration carry) {
        this.inner = inner;
        this.candidates = candidates;
        this.time = time;
        this.capacity = capacity;
        this.ruleId = ruleId;
        this.store = store;
        this.carry = carry;
    }

    @Override
    public void accept(Event event, MatchListener listener) {
        if (!replayed) {
            replayed = true;
            if (store != null) {
                for (Event e : store.carriedEvents(ruleId)) {
                    held.add(e);
                    carriedKeys.add(AlertIds.eventKey(e));
                }
            }
        }
        if (candidates.matches(event)) {
            if (held.size() >= capacity) {
                release(listener);
            }
            held.add(event);
        }
    }

    /** Continuous mode: the caller's watermark already orders events, so what is held goes on now. */
    @Override
    public void flush(MatchListener listener) {
        release(listener);
        inner.flush(freshOnly(listener));
    }

    @Override
    public void finish(MatchListener listener) {
        List<Event> sorted = release(listener);
        inner.finish(freshOnly(listener));
        carriedKeys.clear();
        if (store != null) {
            store.carryEvents(ruleId, tail(sorted));
        }
        replayed = false;
    }

    /** Sorts what is held, drops events seen twice, feeds the rest on, and returns them in order. */
    private List<Event> release(MatchListener listener) {
        held.sort(time.order());
        List<Event> batch = new ArrayList<>(held.size());
        Set<String> seen = new HashSet<>();
        for (Event e : held) {
            if (seen.add(AlertIds.eventKey(e))) {
                batch.add(e);
            }
        }
        held.clear();
        MatchListener fresh = freshOnly(listener);
        batch.forEach(e -> inner.accept(e, fresh));
        return batch;
    }

    /** Drops a match made only of replayed events: it already alerted in the run that carried them. */
    private MatchListener freshOnly(MatchListener listener) {
        return match -> {
            if (carriedKeys.isEmpty() || !match.events().stream().allMatch(e -> carriedKeys.contains(AlertIds.eventKey(e)))) {
                listener.onMatch(match);
            }
        };
    }

    private List<Event> tail(List<Event> sorted) {
        if (sorted.isEmpty()) {
            return List.of();
        }
        if (carry == null) {
            return List.copyOf(sorted.subList(Math.max(0, sorted.size() - CARRY_WITHOUT_SPAN), sorted.size()));
        }
        Instant last = time.of(sorted.get(sorted.size() - 1));
        if (last == null) {
            return List.of();
        }
        Instant from = last.minus(carry);
        return sorted.stream().filter(e -> time.of(e) != null && !time.of(e).isBefore(from)).toList();
    }
}
