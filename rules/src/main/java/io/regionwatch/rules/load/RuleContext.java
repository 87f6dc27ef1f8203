package io.regionwatch.rules.load;

import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.core.limit.LimitReport;
import io.regionwatch.core.limit.RuleLimits;
import io.regionwatch.core.rule.ExceptionList;
import io.regionwatch.core.state.InMemoryStateStore;
import io.regionwatch.core.state.StateStore;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rules are compiled against: the organization's configuration (approved regions, exception
 * lists and the value lists they use) and the state store that keeps baselines between runs.
 *
 * @param learning whether new_terms rules stay quiet until their baseline covers a history window
 * @param limits bounds on the state each rule keeps (sequence keys, groups, baseline terms)
 * @param limitReport where a rule counts state dropped at those bounds, for the run summary
 */
public record RuleContext(ApprovedRegions approvedRegions, List<ExceptionList> exceptionLists,
        Map<String, Set<String>> valueLists, StateStore state, boolean learning, RuleLimits limits,
        LimitReport limitReport) {
    public RuleContext {
        exceptionLists = List.copyOf(exceptionLists);
        valueLists = Map.copyOf(valueLists);
        java.util.Objects.requireNonNull(limits);
        java.util.Objects.requireNonNull(limitReport);
    }

    /** With the default state bounds, reported nowhere. */
    public RuleContext(ApprovedRegions approvedRegions, List<ExceptionList> exceptionLists,
            Map<String, Set<String>> valueLists, StateStore state, boolean learning) {
        this(approvedRegions, exceptionLists, valueLists, state, learning, RuleLimits.defaults(), LimitReport.NONE);
    }

    public RuleContext(ApprovedRegions approvedRegions) {
        this(approvedRegions, List.of(), Map.of(), new InMemoryStateStore(), true, RuleLimits.defaults(), LimitReport.NONE);
    }

    public static RuleContext defaults() {
        return new RuleContext(ApprovedRegions.SEED_DEFAULT);
    }
}
