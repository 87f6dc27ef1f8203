package io.regionwatch.core.match;

import java.util.Set;

/**
 * Which events a set of rules can look at, by {@code event.action}: every event, or only those
 * whose action (folded to lower case) is in a set. The engine derives it from its rule index; a
 * reader may pass over the rest after checking them, which is the prefilter of a scan.
 */
public final class ActionInterest {
    public static final ActionInterest EVERY_EVENT = new ActionInterest(null);
    private static final io.regionwatch.core.event.FieldPath ACTION = io.regionwatch.core.event.FieldPath.of("event.action");

    /** Folded actions and action prefixes, or null for every event. */
    private final RequiredValues actions;

    private ActionInterest(RequiredValues actions) {
        this.actions = actions;
    }

    /** Only events whose folded {@code event.action} is one of {@code foldedActions}. */
    public static ActionInterest of(Set<String> foldedActions) {
        return new ActionInterest(new RequiredValues(foldedActions, Set.of()));
    }

    /** Only events whose folded {@code event.action} is admitted by {@code actions}. */
    public static ActionInterest of(RequiredValues actions) {
        return new ActionInterest(actions);
    }

    /** The events {@code filter} may pass, by the {@code event.action} values or prefixes it requires. */
    public static ActionInterest requiredBy(Matcher filter) {
        RequiredValues values = filter == null ? null : RequiredTerms.values(filter, ACTION);
        return values == null ? EVERY_EVENT : of(values);
    }

    public boolean everyEvent() {
        return actions == null;
    }

    /** Whether an event with this {@code event.action} (as written, any case) may matter to a rule. */
    public boolean wants(String action) {
        return actions == null || actions.admits(Values.fold(action));
    }

    @Override
    public String toString() {
        return actions == null ? "every event" : actions.terms().size() + " actions, " + actions.prefixes().size() + " prefixes";
    }
}
