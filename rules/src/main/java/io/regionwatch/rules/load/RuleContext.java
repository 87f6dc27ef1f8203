package io.regionwatch.rules.load;

import io.regionwatch.core.rule.ApprovedRegions;

/** What a rule is compiled against: the organization's configuration that rules refer to. */
public record RuleContext(ApprovedRegions approvedRegions) {
    public static RuleContext defaults() {
        return new RuleContext(ApprovedRegions.SEED_DEFAULT);
    }
}
