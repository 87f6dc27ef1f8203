package io.regionwatch.sigma.convert;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A counting or metric correlation over one base rule, in the target's names: the base rule's whole
 * query, what is aggregated, the group-by fields, the window and the condition ({@code gte} → 8 and
 * the like, in a fixed order).
 *
 * @param field the aggregated field (null for event_count)
 * @param percentile the percentile for {@link Kind#VALUE_PERCENTILE}, 50 for the median
 * @param span the timespan as Sigma writes it ({@code 10m}, {@code 1h})
 */
public record Aggregation(String baseQuery, Kind kind, List<String> groupBy, String field, Integer percentile, String span,
        long spanSeconds, Map<String, Number> condition) {
    /** What is computed per group and bucket; {@link #VALUE_SHARE} is value_percentile without a percentile. */
    public enum Kind { EVENT_COUNT, VALUE_COUNT, VALUE_SUM, VALUE_AVG, VALUE_PERCENTILE, VALUE_MEDIAN, VALUE_SHARE }

    public Aggregation {
        groupBy = List.copyOf(groupBy);
        condition = Map.copyOf(condition);
    }

    /** The name of the computed column: {@code event_count}, {@code value_count}, ... ({@code value_percentile} for shares). */
    public String column() {
        return kind == Kind.VALUE_SHARE ? "value_percentile" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The group-by fields after {@code first}, comma-separated (Sentinel and ES|QL {@code by} lists). */
    String byList(String first) {
        return first + (groupBy.isEmpty() ? "" : ", " + String.join(", ", groupBy));
    }

    /** The condition as {@code column op value} pieces joined by {@code and}, with each target's equality operator. */
    String condition(String eq, String and) {
        return condition(condition, column(), eq, and);
    }

    /** Shared with temporal correlations; operators in the order gt, gte, lt, lte, eq, neq. */
    static String condition(Map<String, Number> condition, String column, String eq, String and) {
        StringBuilder out = new StringBuilder();
        for (String op : List.of("gt", "gte", "lt", "lte", "eq", "neq")) {
            Number v = condition.get(op);
            if (v == null) {
                continue;
            }
            String symbol = switch (op) {
                case "gt" -> ">";
                case "gte" -> ">=";
                case "lt" -> "<";
                case "lte" -> "<=";
                case "eq" -> eq;
                default -> "!=";
            };
            out.append(out.length() == 0 ? "" : and).append(column).append(' ').append(symbol).append(' ').append(number(v));
        }
        return out.toString();
    }

    /** {@code 8}, {@code 9.5}: no trailing {@code .0}, no exponent. */
    static String number(Number n) {
        if (n instanceof Long || n instanceof Integer) {
            return n.toString();
        }
        return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
}
