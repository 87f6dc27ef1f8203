package io.regionwatch.eql.exec;

import java.util.Arrays;

/**
 * Missing-event ({@code ![...]}) bookkeeping, following Elasticsearch's results: a missing stage
 * between two positive stages voids a sequence when a matching event of the same key falls
 * between them; the leading and trailing missing stages together void it only when all of them
 * occur, in order, with the whole span (first leading to last trailing event) within maxspan.
 */
final class MissingEvents {
    private final int[] leadPosition;
    private final int[] trailPosition;
    private final int leading;
    private final int trailing;
    private final long maxspan;

    MissingEvents(SequencePlan plan) {
        int count = plan.missing().size();
        leadPosition = positions(plan.missingBefore()[0], count);
        trailPosition = positions(plan.missingAfter(), count);
        leading = plan.missingBefore()[0].length;
        trailing = plan.missingAfter().length;
        maxspan = plan.maxspanNanos();
    }

    private static int[] positions(int[] stages, int count) {
        int[] position = new int[count];
        Arrays.fill(position, -1);
        for (int i = 0; i < stages.length; i++) {
            position[stages[i]] = i;
        }
        return position;
    }

    int leading() {
        return leading;
    }

    boolean isLeading(int m) {
        return leadPosition[m] >= 0;
    }

    /** Records a match of missing stage {@code m} for one key's state. */
    void record(int m, KeyState state, Ordinal at) {
        int lead = leadPosition[m];
        if (lead == 0) {
            state.leadChain[0] = at;
        } else if (lead > 0) {
            if (state.leadChain[lead - 1] != null) {
                state.leadChain[lead] = state.leadChain[lead - 1];
            }
        } else if (trailPosition[m] >= 0) {
            advanceTrailing(state, trailPosition[m], at);
        } else {
            state.lastMissing[m] = at;
        }
    }

    /** Whether a middle missing stage in {@code stages} matched after the partial's last event. */
    static boolean voidsBetween(KeyState state, int[] stages, Partial previous) {
        for (int m : stages) {
            Ordinal seen = state.lastMissing[m];
            if (seen != null && seen.isAfter(previous.last())) {
                return true;
            }
        }
        return false;
    }

    private void advanceTrailing(KeyState state, int trail, Ordinal at) {
        for (KeyState.Awaiting wait : state.awaiting) {
            if (wait.progress == trail && at.isAfter(wait.partial.last()) && at.timestamp() <= wait.deadline) {
                wait.progress++;
                wait.cancelled |= wait.progress == trailing;
            }
        }
    }

    /** Start of the complete leading chain for a partial beginning now, or null. */
    Ordinal leadStart(KeyState state) {
        return leading == 0 ? null : state.leadChain[leading - 1];
    }

    /**
     * What to do with a completed sequence: {@code Long.MIN_VALUE} to emit it now, {@code Long.MAX_VALUE}
     * to drop it, or the deadline until which trailing missing events may still void it.
     */
    long verdict(Partial done) {
        if (leading == 0 && trailing == 0) {
            return Long.MIN_VALUE;
        }
        long spanStart = done.first().timestamp();
        if (leading > 0) {
            if (done.leadStart() == null) {
                return Long.MIN_VALUE;
            }
            spanStart = done.leadStart().timestamp();
        }
        long deadline = spanStart + maxspan;
        if (trailing == 0) {
            return done.last().timestamp() <= deadline ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return done.last().timestamp() < deadline ? deadline : Long.MIN_VALUE;
    }
}
