package io.regionwatch.sigma.convert;

import java.util.List;
import java.util.Map;

/**
 * An {@code event_count} or {@code value_count} correlation over one base rule, in the target's
 * names: the base rule's whole query, the group-by fields, the counted field (value_count), the
 * window and the condition ({@code gte} → 8 and the like, in a fixed order).
 *
 * @param countField the field whose distinct values are counted, or null to count events
 * @param span the timespan as Sigma writes it ({@code 10m}, {@code 1h})
 */
public record Aggregation(String baseQuery, List<String> groupBy, String countField, String span, long spanSeconds,
        Map<String, Long> condition) {
    public Aggregation {
        groupBy = List.copyOf(groupBy);
    }

    /** The name of the computed column: {@code event_count} or {@code value_count}. */
    public String column() {
        return countField == null ? "event_count" : "value_count";
    }

    /** The condition as {@code column op value} pieces joined by {@code and}, with each target's equality operator. */
    String condition(String eq, String and) {
        StringBuilder out = new StringBuilder();
        condition.forEach((op, v) -> {
            String symbol = switch (op) {
                case "gt" -> ">";
                case "gte" -> ">=";
                case "lt" -> "<";
                case "lte" -> "<=";
                case "eq" -> eq;
                default -> "!=";
            };
            out.append(out.length() == 0 ? "" : and).append(column()).append(' ').append(symbol).append(' ').append(v);
        });
        return out.toString();
    }
}
