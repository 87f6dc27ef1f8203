package io.regionwatch.eql.exec;

import io.regionwatch.core.match.Matcher;

/** One compiled sequence or sample stage: its filter and its full join-key tuple (shared + own keys). */
public record StagePlan(Matcher filter, KeyExtractor keys, boolean missing) {
    /** An event passing any of the stages' filters. */
    static Matcher anyOf(java.util.Collection<StagePlan> stages) {
        Matcher[] filters = stages.stream().filter(java.util.Objects::nonNull).map(StagePlan::filter).toArray(Matcher[]::new);
        return event -> {
            for (Matcher m : filters) {
                if (m.matches(event)) {
                    return true;
                }
            }
            return false;
        };
    }
}
