package io.regionwatch.eql.exec;

import io.regionwatch.core.match.Values;

/**
 * An event's place in time order: timestamp (epoch nanoseconds), then the optional tiebreaker
 * value, then the arrival index, exactly the sort Elasticsearch applies to EQL results.
 */
public record Ordinal(long timestamp, Object tiebreaker, long index) implements Comparable<Ordinal> {
    @Override
    public int compareTo(Ordinal other) {
        int c = Long.compare(timestamp, other.timestamp);
        if (c != 0) {
            return c;
        }
        c = compareTiebreakers(tiebreaker, other.tiebreaker);
        return c != 0 ? c : Long.compare(index, other.index);
    }

    private static int compareTiebreakers(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        Integer c = Values.compare(a, b);
        return c == null ? 0 : c;
    }

    public boolean isAfter(Ordinal other) {
        return compareTo(other) > 0;
    }
}
