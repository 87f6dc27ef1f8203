package io.regionwatch.core.state;

import java.time.Instant;

/**
 * Durable state of stateful rules. Writes become durable at {@link #commit()}; a crash before it
 * loses only what the run would redo (alert ids are deterministic, so a redone alert is the same
 * alert). Implementations need not be thread-safe: the engine calls them from one thread.
 */
public interface StateStore extends AutoCloseable {
    /** When a rule last and first saw a term (a new_terms value tuple), or null if never. */
    TermHistory term(String ruleId, String term);

    /** Records a sighting: first-seen becomes the earliest, last-seen the latest sighting. */
    void recordTerm(String ruleId, String term, Instant seen);

    /** The earliest event time this rule has evaluated, or null: how far back its baseline reaches. */
    Instant observedSince(String ruleId);

    void recordObserved(String ruleId, Instant seen);

    /** Number of terms a rule holds, for limits and reporting. */
    long termCount(String ruleId);

    /**
     * Drops a rule's least recently seen terms until at most {@code keep} remain, and returns how many
     * were dropped. Part of the current run: durable at {@link #commit()} like every other write.
     * Stores that cannot evict keep everything and return 0.
     */
    default long evictTerms(String ruleId, long keep) {
        return 0;
    }

    /** The last suppression window recorded for a rule's group, or null (stores that keep none return null). */
    default SuppressionWindow suppression(String ruleId, String group) {
        return null;
    }

    /** Records a suppression window whose kept alert was written, or an alert folded into it later. */
    default void recordSuppression(String ruleId, String group, SuppressionWindow window) {
    }

    /**
     * Events an order-sensitive rule kept at the end of the last run because a sequence or window
     * that started in that run may still complete in the next one (empty for stores that keep none).
     */
    default java.util.List<io.regionwatch.core.event.Event> carriedEvents(String ruleId) {
        return java.util.List.of();
    }

    /** Replaces the events carried over for a rule. */
    default void carryEvents(String ruleId, java.util.List<io.regionwatch.core.event.Event> events) {
    }

    void commit();

    @Override
    void close();

    /** A suppression window: when its kept alert happened, the last suppressed one, and how many were folded in. */
    record SuppressionWindow(Instant start, Instant end, long suppressed) {
    }

    /** First and last sighting of one term. */
    record TermHistory(Instant firstSeen, Instant lastSeen) {
        public TermHistory merge(Instant seen) {
            return new TermHistory(seen.isBefore(firstSeen) ? seen : firstSeen, seen.isAfter(lastSeen) ? seen : lastSeen);
        }
    }
}
