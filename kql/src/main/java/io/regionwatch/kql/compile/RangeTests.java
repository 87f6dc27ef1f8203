package io.regionwatch.kql.compile;

import io.regionwatch.core.match.Range;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.kql.ast.RangeOp;

/** Builds the value test of {@code field op bound}: numeric, lexicographic, or date-aware. */
final class RangeTests {
    private RangeTests() {
    }

    static ValueTest of(RangeOp op, String bound) {
        Range plain = new Range(coreOp(op), bound);
        DateBound date = DateBound.parse(bound);
        return date == null ? plain : new DateRange(op, date, plain);
    }

    private static Range.Op coreOp(RangeOp op) {
        return switch (op) {
            case LT -> Range.Op.LT;
            case LTE -> Range.Op.LE;
            case GT -> Range.Op.GT;
            case GTE -> Range.Op.GE;
        };
    }
}
