package io.regionwatch.sigma.convert;

import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.List;
import java.util.Map;

/**
 * A {@code temporal} (unordered) correlation in the target's names: one part per referenced rule,
 * the group-by keys, the window and the condition on the number of distinct rules matched (by
 * default all of them).
 *
 * @param keys the output name of each group-by key: the target field itself when every rule uses
 *     the same one, otherwise the Sigma name (an alias or a field), which each part renames its own
 *     field to (see {@link Part#renames})
 * @param span the timespan as Sigma writes it ({@code 10m}, {@code 1h})
 */
public record Temporal(List<Part> parts, List<String> keys, String span, long spanSeconds, Map<String, Number> condition) {
    public static final String COLUMN = "event_type_count";

    public Temporal {
        parts = List.copyOf(parts);
        keys = List.copyOf(keys);
        condition = Map.copyOf(condition);
    }

    /**
     * One referenced rule.
     *
     * @param tag the rule's name (or id) as the tag its events carry
     * @param query the rule's whole query (source and condition)
     * @param pipeline the rule's log-source pipeline, for targets that combine rules into one query
     * @param condition the rule's condition alone
     * @param renames target field → key name, for the keys this rule must rename (in key order)
     */
    public record Part(String tag, String query, FieldMappingPipeline pipeline, String condition, Map<String, String> renames) {
        public Part {
            renames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(renames));
        }
    }

    /** The condition on {@value #COLUMN}, with each target's equality operator. */
    String condition(String eq, String and) {
        return Aggregation.condition(condition, COLUMN, eq, and);
    }
}
