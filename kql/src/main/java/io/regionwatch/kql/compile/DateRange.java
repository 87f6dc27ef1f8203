package io.regionwatch.kql.compile;

import io.regionwatch.core.match.Range;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.kql.ast.RangeOp;
import java.time.Instant;

/**
 * A range whose bound is a date: values that read as an ISO date (with at least a day) compare as
 * instants with Elasticsearch's rounding; other values (numbers, free text) fall back to the plain
 * range, as the same query on a numeric or keyword field would.
 */
final class DateRange implements ValueTest {
    private final RangeOp op;
    private final DateBound bound;
    private final Range fallback;

    DateRange(RangeOp op, DateBound bound, Range fallback) {
        this.op = op;
        this.bound = bound;
        this.fallback = fallback;
    }

    @Override
    public boolean test(Object value) {
        DateBound date = value instanceof String s && looksLikeDate(s) ? DateBound.parse(s) : null;
        if (date == null || !date.hasDay()) {
            return fallback.test(value);
        }
        Instant v = date.first();
        return switch (op) {
            case GT -> v.isAfter(bound.last());
            case GTE -> !v.isBefore(bound.first());
            case LT -> v.isBefore(bound.first());
            case LTE -> !v.isAfter(bound.last());
        };
    }

    /** Cheap pre-check so ordinary strings never reach the regex. */
    private static boolean looksLikeDate(String s) {
        return s.length() >= 10 && s.charAt(4) == '-' && Character.isDigit(s.charAt(0));
    }
}
