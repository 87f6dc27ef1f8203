package io.regionwatch.core.engine;

import io.regionwatch.core.alert.AlertIds;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.state.StateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An order-sensitive EQL detection (a sequence or sample) whose open state spans runs. The engine
 * gives it its candidates (events passing some stage) in time order; a sequence that starts near
 * the end of one run may complete in the next, so the candidates of the last {@code carry} span
 * (the maxspan) are kept in the state store at the end of a run and merged, in time order, into
 * the next run's candidates. Events seen again (the same logs rescanned, or one event read from two
 * files) reach the sequence once, and a match made only of carried events is not reported again.
 */
public final class CarryOverDetection implements Detection {
    static final int CARRY_WITHOUT_SPAN = 1000;
    /** Bound on the candidates kept for the next run, whatever the span holds. */
    static final int MAX_CARRIED = 10_000;
    /** Bound on the identities remembered for one instant to drop duplicates. */
    private static final int MAX_KEYS_PER_INSTANT = 100_000;
    private final Detection inner;
    private final Matcher candidates;
    private final EventTime time;
    private final Comparator<Event> order;
    private final String ruleId;
    private final StateStore store;
    private final Duration carry;
    private boolean started;
    private final ArrayDeque<Event> pendingCarried = new ArrayDeque<>();
    private final Set<String> carriedKeys = new HashSet<>();
    private final ArrayDeque<Timed> recent = new ArrayDeque<>();
    private final Set<String> keysAtInstant = new HashSet<>();
    private Instant instant;
    private boolean fedAny;

    private record Timed(Instant at, Event event) {
    }

    /** Without a store nothing is carried: only the order and the removal of duplicates apply. */
    public CarryOverDetection(Detection inner, Matcher candidates, EventTime time) {
        this(inner, candidates, time, null, null, null);
    }

    /** With {@code store} and {@code ruleId}, open sequences span runs; {@code carry} null means the last 1,000 candidates. */
    public CarryOverDetection(Detection inner, Matcher candidates, EventTime time, String ruleId, StateStore store,
            Duration carry) {
        this.inner = inner;
        this.candidates = candidates;
        this.time = time;
        this.order = time.order();
        this.ruleId = ruleId;
        this.store = store;
        this.carry = carry;
    }

    @Override
    public TimeOrder timeOrder() {
        return new TimeOrder(candidates, time);
    }

    @Override
    public void accept(Event event, MatchListener listener) {
        start();
        MatchListener fresh = freshOnly(listener);
        while (!pendingCarried.isEmpty() && order.compare(pendingCarried.peekFirst(), event) <= 0) {
            Event c = pendingCarried.pollFirst();
            feed(c, AlertIds.eventKey(c), fresh);
        }
        String key = AlertIds.eventKey(event);
        if (!carriedKeys.contains(key)) {
            feed(event, key, fresh);
        }
    }

    /** Continuous mode: the engine's watermark already ordered what it gave; open state stays open. */
    @Override
    public void flush(MatchListener listener) {
        inner.flush(freshOnly(listener));
    }

    @Override
    public void finish(MatchListener listener) {
        start();
        MatchListener fresh = freshOnly(listener);
        while (!pendingCarried.isEmpty()) {
            Event c = pendingCarried.pollFirst();
            feed(c, AlertIds.eventKey(c), fresh);
        }
        inner.finish(fresh);
        if (store != null) {
            List<Event> tail = new ArrayList<>(recent.size());
            recent.forEach(t -> tail.add(t.event()));
            store.carryEvents(ruleId, tail);
        }
        started = false;
        fedAny = false;
        carriedKeys.clear();
        recent.clear();
        keysAtInstant.clear();
        instant = null;
    }

    private void start() {
        if (started) {
            return;
        }
        started = true;
        if (store != null) {
            List<Event> carried = new ArrayList<>(store.carriedEvents(ruleId));
            carried.sort(order);
            for (Event e : carried) {
                pendingCarried.addLast(e);
                carriedKeys.add(AlertIds.eventKey(e));
            }
        }
    }

    /** Gives one event to the sequence unless the same event was given at the same instant already. */
    private void feed(Event event, String key, MatchListener listener) {
        Instant at = time.of(event);
        if (!fedAny || !Objects.equals(at, instant) || keysAtInstant.size() >= MAX_KEYS_PER_INSTANT) {
            // duplicates share their timestamp, so remembering one instant's identities finds them all
            fedAny = true;
            instant = at;
            keysAtInstant.clear();
        }
        if (!keysAtInstant.add(key)) {
            return;
        }
        inner.accept(event, listener);
        remember(event, at);
    }

    private void remember(Event event, Instant at) {
        if (store == null) {
            return;
        }
        if (carry != null && at == null) {
            return;
        }
        recent.addLast(new Timed(at, event));
        if (carry != null) {
            Instant from = at.minus(carry);
            while (!recent.isEmpty() && recent.peekFirst().at().isBefore(from)) {
                recent.removeFirst();
            }
        }
        int bound = carry == null ? CARRY_WITHOUT_SPAN : MAX_CARRIED;
        while (recent.size() > bound) {
            recent.removeFirst();
        }
    }

    /** Drops a match made only of replayed events: it already alerted in the run that carried them. */
    private MatchListener freshOnly(MatchListener listener) {
        return match -> {
            if (carriedKeys.isEmpty() || !match.events().stream().allMatch(e -> carriedKeys.contains(AlertIds.eventKey(e)))) {
                listener.onMatch(match);
            }
        };
    }
}
