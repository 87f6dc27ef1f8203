package io.regionwatch.rules.load;

import io.regionwatch.core.rule.ApprovedRegions;
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
 */
public record RuleContext(ApprovedRegions approvedRegions, List<ExceptionList> exceptionLists,
        Map<String, Set<String>> valueLists, StateStore state, boolean learning) {
    public RuleContext {
        exceptionLists = List.copyOf(exceptionLists);
        valueLists = Map.copyOf(valueLists);
    }

    public RuleContext(ApprovedRegions approvedRegions) {
        this(approvedRegions, List.of(), Map.of(), new InMemoryStateStore(), true);
    }

    public static RuleContext defaults() {
        return new RuleContext(ApprovedRegions.SEED_DEFAULT);
    }
}
