package io.regionwatch.core.match;

/**
 * Lucene {@code range} with one bound: numbers compare numerically, strings lexicographically
 * (case-sensitive); a value of another type never matches. A string bound against a numeric value
 * is coerced as a numeric field would coerce it.
 */
public record Range(Op op, Object bound) implements ValueTest {
    /** The comparison, read as {@code value op bound}. */
    public enum Op { LT, LE, GT, GE }

    @Override
    public boolean test(Object value) {
        Object b = bound;
        if (value instanceof Number && b instanceof String s) {
            b = Values.parseNumber(s);
        }
        Integer order = Values.compare(value, b);
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
