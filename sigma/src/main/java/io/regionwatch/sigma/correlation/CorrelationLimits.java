package io.regionwatch.sigma.correlation;

import io.regionwatch.core.limit.LimitReport;
import io.regionwatch.core.limit.RuleLimits;
import java.util.Objects;

/**
 * Bounds on a correlation's state and where their hits are counted. Group values come from events
 * (attacker-chosen user names, IPs), so both bounds must hold whatever the input.
 *
 * @param maxGroups groups held at once; the least recently used is dropped beyond it
 * @param maxHitsPerGroup hits held per group; the oldest is dropped beyond it
 */
public record CorrelationLimits(int maxGroups, int maxHitsPerGroup, LimitReport report) {
    public CorrelationLimits {
        if (maxGroups < 1 || maxHitsPerGroup < 1) {
            throw new IllegalArgumentException("correlation limits must be positive");
        }
        Objects.requireNonNull(report);
    }

    public static CorrelationLimits defaults() {
        return new CorrelationLimits(RuleLimits.DEFAULT_CORRELATION_GROUPS, RuleLimits.DEFAULT_CORRELATION_HITS_PER_GROUP,
                LimitReport.NONE);
    }

    /** The correlation bounds of configured rule limits, reporting to {@code report}. */
    public static CorrelationLimits of(RuleLimits limits, LimitReport report) {
        return new CorrelationLimits(limits.maxCorrelationGroups(), limits.maxCorrelationHitsPerGroup(), report);
    }
}
