package io.regionwatch.core.limit;

/**
 * Where a detection says that a bound on its state made it drop something. Called on the hot path
 * only when state is actually dropped; implementations must be cheap and may be called from the
 * engine's thread only (one detection instance is never shared between threads).
 */
@FunctionalInterface
public interface LimitReport {
    /** Reports nothing: for tests and ad-hoc use where nobody reads a summary. */
    LimitReport NONE = (limit, ruleId, cap, count) -> { };

    /**
     * @param limit which bound was hit
     * @param ruleId the rule whose state it bounds
     * @param cap the bound's value, so the summary can say which setting to raise and from what
     * @param count how many items were dropped this time (keys, groups, terms, hits)
     */
    void hit(StateLimit limit, String ruleId, long cap, long count);
}
