package io.regionwatch.eql.exec;

import io.regionwatch.core.event.Event;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import io.regionwatch.core.limit.LimitReport;
import io.regionwatch.core.limit.StateLimit;

/**
 * Streaming sequence matching with Elasticsearch's bounded state: per join-key value at most one
 * pending partial per stage, a newer partial overwriting an older one; a partial older than
 * maxspan is dropped when next touched; an {@code until} match clears the key's partials; and at
 * most {@code maxKeys} key values are tracked, the least recently used evicted first. Each event
 * is offered to the stages from last to first so it never fills two stages of one sequence, and
 * to missing-event stages after the positive ones so it never voids a sequence it is part of.
 */
public final class SequenceRunner implements Runner {
    /** Events between sweeps that drop keys holding nothing but expired state. */
    static final int SWEEP_INTERVAL = 4096;
    private final SequencePlan plan;
    private final MissingEvents missing;
    private final StagePlan[] positives;
    private final Map<List<Object>, KeyState> states;
    private final PriorityQueue<KeyState.Awaiting> awaiting =
            new PriorityQueue<>(Comparator.comparingLong((KeyState.Awaiting a) -> a.deadline));
    private long seen;

    @Override
    public io.regionwatch.core.match.Matcher candidates() {
        java.util.List<StagePlan> all = new java.util.ArrayList<>(plan.positives());
        all.addAll(plan.missing());
        all.add(plan.until());
        return StagePlan.anyOf(all);
    }

    @Override
    public boolean stateful() {
        return true;
    }

    @Override
    public long maxspanNanos() {
        return plan.maxspanNanos();
    }

    public SequenceRunner(SequencePlan plan, int maxKeys) {
        this(plan, maxKeys, LimitReport.NONE, "query");
    }

    /** With every least-recently-used key eviction counted in {@code report} under {@code ruleId}. */
    public SequenceRunner(SequencePlan plan, int maxKeys, LimitReport report, String ruleId) {
        this.plan = plan;
        this.missing = new MissingEvents(plan);
        this.positives = plan.positives().toArray(new StagePlan[0]);
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, KeyState> eldest) {
                if (size() > maxKeys) {
                    report.hit(StateLimit.SEQUENCE_KEYS, ruleId, maxKeys, 1);
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    public void accept(Event event, Ordinal ordinal, ResultSink sink) {
        if (ordinal.timestamp() == Timestamps.MISSING) {
            return; // an event without a readable timestamp has no place in time order, as in Elasticsearch
        }
        flushAwaiting(ordinal.timestamp(), sink);
        if (++seen % SWEEP_INTERVAL == 0) {
            sweep(ordinal.timestamp());
        }
        until(event);
        for (int p = positives.length - 1; p >= 0; p--) {
            if (positives[p].filter().matches(event)) {
                for (List<Object> key : positives[p].keys().tuples(event)) {
                    advance(p, key, event, ordinal, sink);
                }
            }
        }
        for (int m = plan.missing().size() - 1; m >= 0; m--) {
            missingEvent(m, event, ordinal);
        }
    }

    private void until(Event event) {
        StagePlan until = plan.until();
        if (until != null && until.filter().matches(event)) {
            for (List<Object> key : until.keys().tuples(event)) {
                KeyState state = states.get(key);
                if (state != null) {
                    state.clearPending();
                }
            }
        }
    }

    private void missingEvent(int m, Event event, Ordinal ordinal) {
        StagePlan stage = plan.missing().get(m);
        if (!stage.filter().matches(event)) {
            return;
        }
        for (List<Object> key : stage.keys().tuples(event)) {
            KeyState state = missing.isLeading(m) ? stateFor(key) : states.get(key);
            if (state != null) {
                missing.record(m, state, ordinal);
            }
        }
    }

    private void advance(int p, List<Object> key, Event event, Ordinal ordinal, ResultSink sink) {
        Partial next;
        KeyState state;
        if (p == 0) {
            state = stateFor(key);
            next = Partial.start(event, ordinal, missing.leadStart(state));
        } else {
            state = states.get(key);
            Partial previous = state == null ? null : state.pending[p - 1];
            if (previous == null) {
                return;
            }
            state.pending[p - 1] = null;
            if (expired(previous, ordinal) || MissingEvents.voidsBetween(state, plan.missingBefore()[p], previous)) {
                return;
            }
            next = previous.extend(event, ordinal);
        }
        if (p < positives.length - 1) {
            state.pending[p] = next;
        } else {
            complete(state, next, sink);
        }
    }

    private boolean expired(Partial partial, Ordinal now) {
        long span = plan.maxspanNanos();
        return span > 0 && now.timestamp() - partial.first().timestamp() > span;
    }

    private void complete(KeyState state, Partial done, ResultSink sink) {
        long verdict = missing.verdict(done);
        if (verdict == Long.MIN_VALUE) {
            sink.emit(done.events(), done.first());
        } else if (verdict != Long.MAX_VALUE) {
            KeyState.Awaiting wait = new KeyState.Awaiting(state, done, verdict);
            state.awaiting.add(wait);
            awaiting.add(wait);
        }
    }

    /** Emits waiting sequences whose trailing window closed before {@code now} without being voided. */
    private void flushAwaiting(long now, ResultSink sink) {
        while (!awaiting.isEmpty() && awaiting.peek().deadline < now) {
            emitAwaiting(awaiting.poll(), sink);
        }
    }

    private void emitAwaiting(KeyState.Awaiting wait, ResultSink sink) {
        if (!wait.cancelled) {
            sink.emit(wait.partial.events(), wait.partial.first());
        }
        wait.cancelled = true;
        wait.owner.awaiting.remove(wait);
    }

    @Override
    public void finish(ResultSink sink) {
        while (!awaiting.isEmpty()) {
            emitAwaiting(awaiting.poll(), sink);
        }
    }

    /** Removes keys whose partials are all gone or older than maxspan, so idle keys do not pile up to the cap. */
    private void sweep(long now) {
        states.values().removeIf(state -> idle(state, now));
    }

    private boolean idle(KeyState state, long now) {
        if (!state.awaiting.isEmpty()) {
            return false;
        }
        long span = plan.maxspanNanos();
        for (Partial p : state.pending) {
            if (p != null && (span == 0 || now - p.first().timestamp() <= span)) {
                return false;
            }
        }
        return stale(state.lastMissing, now, span) && stale(state.leadChain, now, span);
    }

    private static boolean stale(Ordinal[] seen, long now, long span) {
        for (Ordinal at : seen) {
            if (at != null && now - at.timestamp() <= span) {
                return false;
            }
        }
        return true;
    }

    private KeyState stateFor(List<Object> key) {
        KeyState state = states.get(key);
        if (state == null) {
            state = new KeyState(positives.length, plan.missing().size(), missing.leading());
            states.put(key, state);
        }
        return state;
    }

    @Override
    public boolean emitsInResultOrder() {
        return false;
    }

    @Override
    public int stateSize() {
        return states.size();
    }
}
