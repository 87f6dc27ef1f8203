package io.regionwatch.eql.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The state of one join-key value: at most one pending partial per positive stage (a newer one
 * overwrites), when each middle missing-event stage last matched, the latest chains of leading
 * missing events, and completed sequences still waiting on their trailing missing events.
 */
final class KeyState {
    final Partial[] pending;
    final Ordinal[] lastMissing;
    /** {@code leadChain[i]}: start of the latest-starting chain matching leading stages 0..i in order. */
    final Ordinal[] leadChain;
    final List<Awaiting> awaiting = new ArrayList<>(0);

    KeyState(int positives, int missing, int leading) {
        this.pending = new Partial[positives];
        this.lastMissing = new Ordinal[missing];
        this.leadChain = new Ordinal[leading];
    }

    void clearPending() {
        Arrays.fill(pending, null);
    }

    /**
     * A completed sequence that is dropped if its trailing missing events all occur, in order,
     * no later than {@code deadline}; {@code progress} counts those already seen.
     */
    static final class Awaiting {
        final KeyState owner;
        final Partial partial;
        final long deadline;
        int progress;
        boolean cancelled;

        Awaiting(KeyState owner, Partial partial, long deadline) {
            this.owner = owner;
            this.partial = partial;
            this.deadline = deadline;
        }
    }
}
