package io.regionwatch.eql.exec;

import io.regionwatch.core.match.AnyOf;
import io.regionwatch.core.match.Matcher;

/** One compiled sequence or sample stage: its filter and its full join-key tuple (shared + own keys). */
public record StagePlan(Matcher filter, KeyExtractor keys, boolean missing) {
    /** An event passing any of the stages' filters; the IR's AnyOf, so the engine's rule index can read it. */
    static Matcher anyOf(java.util.Collection<StagePlan> stages) {
        return new AnyOf(stages.stream().filter(java.util.Objects::nonNull).map(StagePlan::filter).toList());
    }
}
