package io.regionwatch.sigma.correlation;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Values;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hits of one group inside the timespan, with the aggregates kept up to date on every add and
 * evict so that checking the condition never rescans the window.
 */
final class Window {
    private final ArrayDeque<Hit> hits = new ArrayDeque<>();
    private final Map<Object, Integer> distinct = new HashMap<>();
    private final Map<Integer, Integer> perMember = new HashMap<>();
    /** Numeric values with their multiplicity, sorted: percentiles walk it instead of sorting the window. */
    private final TreeMap<Double, Integer> sorted = new TreeMap<>();
    private double sum;
    private int numeric;
    private int valued;

    void add(Hit hit) {
        hits.addLast(hit);
        if (hit.value() != null) {
            distinct.merge(hit.value(), 1, Integer::sum);
            valued++;
        }
        perMember.merge(hit.member(), 1, Integer::sum);
        Double n = number(hit.value());
        if (n != null) {
            sum += n;
            numeric++;
            sorted.merge(n, 1, Integer::sum);
        }
    }

    /** Drops hits older than {@code oldest}; hits arrive in time order, so they leave from the front. */
    void evictBefore(long oldest) {
        while (!hits.isEmpty() && hits.peekFirst().time() < oldest) {
            removeFirst();
        }
    }

    /**
     * Keeps the newest hits only, so one noisy group cannot exhaust memory; returns how many were
     * dropped. One hit at a time: hits sharing the oldest timestamp (CloudTrail has second
     * resolution) must not all leave at once.
     */
    int trim(int max) {
        int before = hits.size();
        while (hits.size() > max) {
            removeFirst();
        }
        return before - hits.size();
    }

    private void removeFirst() {
        Hit h = hits.removeFirst();
        if (h.value() != null) {
            distinct.computeIfPresent(h.value(), (k, c) -> c == 1 ? null : c - 1);
            valued--;
        }
        perMember.computeIfPresent(h.member(), (k, c) -> c == 1 ? null : c - 1);
        Double n = number(h.value());
        if (n != null) {
            sum -= n;
            numeric--;
            sorted.computeIfPresent(n, (k, c) -> c == 1 ? null : c - 1);
        }
    }

    void clear() {
        hits.clear();
        distinct.clear();
        perMember.clear();
        sorted.clear();
        sum = 0;
        numeric = 0;
        valued = 0;
    }

    boolean isEmpty() {
        return hits.isEmpty();
    }

    long start() {
        return hits.peekFirst().time();
    }

    int size() {
        return hits.size();
    }

    int distinctValues() {
        return distinct.size();
    }

    int membersSeen() {
        return perMember.size();
    }

    double sum() {
        return sum;
    }

    double average() {
        return numeric == 0 ? Double.NaN : sum / numeric;
    }

    /**
     * The {@code p}-th percentile (0..100) of the numeric values, NaN when there are none: linear
     * interpolation between the closest ranks, {@code x[floor(h)] + (h - floor(h)) * (x[floor(h)+1] -
     * x[floor(h)])} with {@code h = (n - 1) * p / 100} over the sorted values (Hyndman and Fan's
     * type 7, the default of numpy and R and Excel's PERCENTILE.INC), so percentile 50 is the usual
     * median. Costs one walk over the distinct values.
     */
    double percentile(double p) {
        if (numeric == 0) {
            return Double.NaN;
        }
        double h = (numeric - 1) * p / 100.0;
        long lo = (long) Math.floor(h);
        double frac = h - lo;
        Double low = null;
        long seen = 0;
        for (Map.Entry<Double, Integer> e : sorted.entrySet()) {
            long next = seen + e.getValue();
            if (low == null && lo < next) {
                low = e.getKey();
                if (frac == 0 || lo + 1 < next) {
                    return low; // both neighbours are this value
                }
            } else if (low != null) {
                return low + frac * (e.getKey() - low);
            }
            seen = next;
        }
        return low; // h is the last rank
    }

    /** How many hits carry a value: the whole against which a value's share is measured. */
    int valued() {
        return valued;
    }

    /** Each value held and how many hits carry it. */
    Map<Object, Integer> valueCounts() {
        return distinct;
    }

    /** The events of the hits carrying a value, per value, values in the order they first appear. */
    Map<Object, List<Event>> eventsByValue() {
        Map<Object, List<Event>> out = new java.util.LinkedHashMap<>();
        for (Hit h : hits) {
            if (h.value() != null) {
                out.computeIfAbsent(h.value(), k -> new java.util.ArrayList<>()).add(h.event());
            }
        }
        return out;
    }

    /** Whether members 0..n-1 matched in that order (not necessarily adjacent) within the window. */
    boolean inOrder(int members) {
        int expected = 0;
        for (Hit h : hits) {
            if (h.member() == expected && ++expected == members) {
                return true;
            }
        }
        return false;
    }

    List<Event> events() {
        return hits.stream().map(Hit::event).toList();
    }

    private static Double number(Object value) {
        Object v = value instanceof String s ? Values.parseNumber(s) : value;
        return v instanceof Number n ? n.doubleValue() : null;
    }
}
