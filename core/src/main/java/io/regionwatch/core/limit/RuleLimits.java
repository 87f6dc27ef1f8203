package io.regionwatch.core.limit;

/**
 * The configured bounds on rule state, each positive; {@link #defaults()} are the values regionwatch
 * used before they were configurable (threshold groups and new_terms baselines were unbounded and
 * now default to bounds far above any real baseline).
 *
 * @param maxSequenceKeys join-key values an EQL sequence tracks at once; least recently used evicted
 * @param maxCorrelationGroups groups a Sigma correlation holds at once; least recently used dropped
 * @param maxCorrelationHitsPerGroup hits held per correlation group; oldest dropped
 * @param maxThresholdGroups groups a threshold rule counts at once; least recently used evicted
 * @param maxNewTermsBaseline terms a new_terms rule keeps in its baseline; least recently seen evicted
 * @param maxNewTermsCombinations value tuples one event yields for a new_terms rule (Elastic's 100)
 */
public record RuleLimits(int maxSequenceKeys, int maxCorrelationGroups, int maxCorrelationHitsPerGroup, int maxThresholdGroups,
        long maxNewTermsBaseline, int maxNewTermsCombinations) {
    public static final int DEFAULT_SEQUENCE_KEYS = 100_000;
    public static final int DEFAULT_CORRELATION_GROUPS = 100_000;
    public static final int DEFAULT_CORRELATION_HITS_PER_GROUP = 10_000;
    public static final int DEFAULT_THRESHOLD_GROUPS = 100_000;
    public static final long DEFAULT_NEW_TERMS_BASELINE = 1_000_000;
    public static final int DEFAULT_NEW_TERMS_COMBINATIONS = 100;

    public RuleLimits {
        positive(StateLimit.SEQUENCE_KEYS, maxSequenceKeys);
        positive(StateLimit.CORRELATION_GROUPS, maxCorrelationGroups);
        positive(StateLimit.CORRELATION_HITS, maxCorrelationHitsPerGroup);
        positive(StateLimit.THRESHOLD_GROUPS, maxThresholdGroups);
        positive(StateLimit.NEW_TERMS_BASELINE, maxNewTermsBaseline);
        positive(StateLimit.NEW_TERMS_COMBINATIONS, maxNewTermsCombinations);
    }

    public static RuleLimits defaults() {
        return new RuleLimits(DEFAULT_SEQUENCE_KEYS, DEFAULT_CORRELATION_GROUPS, DEFAULT_CORRELATION_HITS_PER_GROUP,
                DEFAULT_THRESHOLD_GROUPS, DEFAULT_NEW_TERMS_BASELINE, DEFAULT_NEW_TERMS_COMBINATIONS);
    }

    /** A copy with one bound changed; the value must be positive. */
    public RuleLimits with(StateLimit limit, long value) {
        int i = (int) Math.min(value, Integer.MAX_VALUE);
        return switch (limit) {
            case SEQUENCE_KEYS -> new RuleLimits(i, maxCorrelationGroups, maxCorrelationHitsPerGroup, maxThresholdGroups,
                    maxNewTermsBaseline, maxNewTermsCombinations);
            case CORRELATION_GROUPS -> new RuleLimits(maxSequenceKeys, i, maxCorrelationHitsPerGroup, maxThresholdGroups,
                    maxNewTermsBaseline, maxNewTermsCombinations);
            case CORRELATION_HITS -> new RuleLimits(maxSequenceKeys, maxCorrelationGroups, i, maxThresholdGroups,
                    maxNewTermsBaseline, maxNewTermsCombinations);
            case THRESHOLD_GROUPS -> new RuleLimits(maxSequenceKeys, maxCorrelationGroups, maxCorrelationHitsPerGroup, i,
                    maxNewTermsBaseline, maxNewTermsCombinations);
            case NEW_TERMS_BASELINE -> new RuleLimits(maxSequenceKeys, maxCorrelationGroups, maxCorrelationHitsPerGroup,
                    maxThresholdGroups, value, maxNewTermsCombinations);
            case NEW_TERMS_COMBINATIONS -> new RuleLimits(maxSequenceKeys, maxCorrelationGroups, maxCorrelationHitsPerGroup,
                    maxThresholdGroups, maxNewTermsBaseline, i);
        };
    }

    /** The bound's current value. */
    public long get(StateLimit limit) {
        return switch (limit) {
            case SEQUENCE_KEYS -> maxSequenceKeys;
            case CORRELATION_GROUPS -> maxCorrelationGroups;
            case CORRELATION_HITS -> maxCorrelationHitsPerGroup;
            case THRESHOLD_GROUPS -> maxThresholdGroups;
            case NEW_TERMS_BASELINE -> maxNewTermsBaseline;
            case NEW_TERMS_COMBINATIONS -> maxNewTermsCombinations;
        };
    }

    private static void positive(StateLimit limit, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(limit.setting() + " must be a positive whole number, got " + value);
        }
    }
}
