package io.regionwatch.sigma.correlation;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Values;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hits of one group inside the timespan, with the aggregates kept up to date on every add and
 * evict so that checking the condition never rescans the window.
 */
final class Window {
    private final ArrayDeque<Hit> hits = new ArrayDeque<>();
    private final Map<Object, Integer> distinct = new HashMap<>();
    private final Map<Integer, Integer> perMember = new HashMap<>();
    private double sum;
    private int numeric;

    void add(Hit hit) {
        hits.addLast(hit);
        if (hit.value() != null) {
            distinct.merge(hit.value(), 1, Integer::sum);
        }
        perMember.merge(hit.member(), 1, Integer::sum);
        Double n = number(hit.value());
        if (n != null) {
            sum += n;
            numeric++;
        }
    }

    /** Drops hits older than {@code oldest}; hits arrive in time order, so they leave from the front. */
    void evictBefore(long oldest) {
        while (!hits.isEmpty() && hits.peekFirst().time() < oldest) {
            Hit h = hits.removeFirst();
            if (h.value() != null) {
                distinct.computeIfPresent(h.value(), (k, c) -> c == 1 ? null : c - 1);
            }
            perMember.computeIfPresent(h.member(), (k, c) -> c == 1 ? null : c - 1);
            Double n = number(h.value());
            if (n != null) {
                sum -= n;
                numeric--;
            }
        }
    }

    /** Keeps the newest hits only, so one noisy group cannot exhaust memory; returns how many were dropped. */
    int trim(int max) {
        int before = hits.size();
        while (hits.size() > max) {
            evictBefore(hits.peekFirst().time() + 1);
        }
        return before - hits.size();
    }

    void clear() {
        hits.clear();
        distinct.clear();
        perMember.clear();
        sum = 0;
        numeric = 0;
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
