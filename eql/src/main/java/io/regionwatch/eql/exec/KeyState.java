package io.regionwatch.eql.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The state of one join-key value: at most one pending partial per positive stage (a newer one
 * overwrites), when each missing-event stage last matched, and completed sequences still waiting
 * for a trailing missing-event window to close.
 */
final class KeyState {
    final Partial[] pending;
    final Ordinal[] lastMissing;
    final List<Awaiting> awaiting = new ArrayList<>(0);

    KeyState(int positives, int missing) {
        this.pending = new Partial[positives];
        this.lastMissing = new Ordinal[missing];
    }

    void clearPending() {
        Arrays.fill(pending, null);
    }

    /** A completed sequence that fails if a trailing missing event arrives before {@code deadline}. */
    static final class Awaiting {
        final KeyState owner;
        final Partial partial;
        final long deadline;
        boolean cancelled;

        Awaiting(KeyState owner, Partial partial, long deadline) {
            this.owner = owner;
            this.partial = partial;
            this.deadline = deadline;
        }
    }
}
