package io.regionwatch.sigma.model;

import io.regionwatch.core.diag.SourceSpan;
import java.util.List;
import java.util.Map;

/** A Sigma correlation rule: counts or orders matches of other rules per group within a timespan. */
public record SigmaCorrelation(
        SigmaMeta meta,
        Type type,
        List<String> rules,
        List<String> groupBy,
        long timespanMillis,
        Map<String, Number> condition,
        String conditionField,
        Map<String, Map<String, String>> aliases,
        boolean generate,
        SourceSpan span) implements SigmaDocument {

    /** The correlation types of spec v2.1. */
    public enum Type { EVENT_COUNT, VALUE_COUNT, TEMPORAL, TEMPORAL_ORDERED, VALUE_SUM, VALUE_AVG, VALUE_PERCENTILE }

    public SigmaCorrelation {
        rules = List.copyOf(rules);
        groupBy = List.copyOf(groupBy);
        condition = Map.copyOf(condition);
        aliases = Map.copyOf(aliases);
    }
}
