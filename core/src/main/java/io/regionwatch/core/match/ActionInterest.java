package io.regionwatch.core.match;

import java.util.Set;

/**
 * Which events a set of rules can look at, by {@code event.action}: every event, or only those
 * whose action (folded to lower case) is in a set. The engine derives it from its rule index; a
 * reader may pass over the rest after checking them, which is the prefilter of a scan.
 */
public final class ActionInterest {
    public static final ActionInterest EVERY_EVENT = new ActionInterest(null);

    /** Folded actions, or null for every event. */
    private final Set<String> actions;

    private ActionInterest(Set<String> actions) {
        this.actions = actions;
    }

    /** Only events whose folded {@code event.action} is one of {@code foldedActions}. */
    public static ActionInterest of(Set<String> foldedActions) {
        return new ActionInterest(Set.copyOf(foldedActions));
    }

    public boolean everyEvent() {
        return actions == null;
    }

    /** Whether an event with this {@code event.action} (as written, any case) may matter to a rule. */
    public boolean wants(String action) {
        return actions == null || actions.contains(Values.fold(action));
    }

    @Override
    public String toString() {
        return actions == null ? "every event" : actions.size() + " actions";
    }
}
