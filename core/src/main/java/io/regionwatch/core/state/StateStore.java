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

    void commit();

    @Override
    void close();

    /** First and last sighting of one term. */
    record TermHistory(Instant firstSeen, Instant lastSeen) {
        public TermHistory merge(Instant seen) {
            return new TermHistory(seen.isBefore(firstSeen) ? seen : firstSeen, seen.isAfter(lastSeen) ? seen : lastSeen);
        }
    }
}
