package io.regionwatch.eql.exec;

import io.regionwatch.core.match.Matcher;

/** One compiled sequence or sample stage: its filter and its full join-key tuple (shared + own keys). */
public record StagePlan(Matcher filter, KeyExtractor keys, boolean missing) {
}
