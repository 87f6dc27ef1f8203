package io.regionwatch.sigma.compile;

import io.regionwatch.core.match.Range;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.core.match.Values;

/**
 * {@code lt}/{@code lte}/{@code gt}/{@code gte}: numeric comparison. Unlike core Range, a numeric
 * string value is compared as its number, since Sigma's comparisons are numeric only and raw logs
 * often carry numbers as strings; any other value never matches.
 */
record NumericCompare(Range.Op op, Number bound) implements ValueTest {
    @Override
    public boolean test(Object value) {
        Object v = value instanceof String s ? Values.parseNumber(s) : Values.normalize(value);
        if (!(v instanceof Number n)) {
            return false;
        }
        Integer order = Values.compare(n, Values.normalize(bound));
        if (order == null) {
            return false;
        }
        return switch (op) {
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
        };
    }
}
