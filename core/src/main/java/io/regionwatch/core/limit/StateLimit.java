package io.regionwatch.core.limit;

/**
 * A bound on rule state. The setting is the key under {@code limits:} in {@code regionwatch.yml};
 * the effect names what is lost each time the bound is hit, as the run summary prints it.
 */
public enum StateLimit {
    SEQUENCE_KEYS("max_sequence_keys", "eql sequence keys evicted"),
    CORRELATION_GROUPS("max_correlation_groups", "correlation groups dropped"),
    CORRELATION_HITS("max_correlation_hits_per_group", "correlation hits dropped"),
    THRESHOLD_GROUPS("max_threshold_groups", "threshold groups evicted"),
    NEW_TERMS_BASELINE("max_new_terms_baseline", "new_terms baseline terms evicted"),
    NEW_TERMS_COMBINATIONS("max_new_terms_combinations", "new_terms value tuples ignored");

    private final String setting;
    private final String effect;

    StateLimit(String setting, String effect) {
        this.setting = setting;
        this.effect = effect;
    }

    /** The configuration key, e.g. {@code max_sequence_keys}. */
    public String setting() {
        return setting;
    }

    /** What one hit costs, e.g. {@code eql sequence keys evicted}. */
    public String effect() {
        return effect;
    }
}
