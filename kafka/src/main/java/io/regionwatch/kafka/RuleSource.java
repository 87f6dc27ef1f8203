package io.regionwatch.kafka;

import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.state.StateStore;
import java.util.List;

/**
 * Where a task gets its rules: compiled per task (detections keep state inside) against the task's
 * baseline store. The fingerprint changes when the rules or configuration behind them change, which
 * is how rules are reloaded without a restart.
 */
public interface RuleSource {
    List<Rule> load(StateStore store) throws Exception;

    /** Something that differs whenever {@link #load} would give different rules (file times, a hash). */
    String fingerprint();
}
