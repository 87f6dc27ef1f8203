package io.regionwatch.sigma.model;

import io.regionwatch.core.diag.SourceSpan;
import java.util.List;
import java.util.Map;

/**
 * A Sigma correlation rule: counts or orders matches of other rules per group within a timespan.
 *
 * @param percentile pySigma's {@code condition.percentile} (0..100) for {@code value_percentile}, or
 *     null: with it the rule compares that percentile of a numeric field; without it (the
 *     specification's own example) the share of the events that carry the current value
 */
public record SigmaCorrelation(
        SigmaMeta meta,
        Type type,
        List<String> rules,
        List<String> groupBy,
        long timespanMillis,
        Map<String, Number> condition,
        String conditionField,
        Integer percentile,
        Map<String, Map<String, String>> aliases,
        boolean generate,
        SourceSpan span) implements SigmaDocument {

    /** The correlation types of spec v2.1, and pySigma's {@code value_median} (percentile 50). */
    public enum Type { EVENT_COUNT, VALUE_COUNT, TEMPORAL, TEMPORAL_ORDERED, VALUE_SUM, VALUE_AVG, VALUE_PERCENTILE, VALUE_MEDIAN }

    public SigmaCorrelation {
        rules = List.copyOf(rules);
        groupBy = List.copyOf(groupBy);
        condition = Map.copyOf(condition);
        aliases = Map.copyOf(aliases);
    }
}
