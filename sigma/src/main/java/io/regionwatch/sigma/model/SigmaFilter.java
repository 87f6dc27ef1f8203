package io.regionwatch.sigma.model;

import io.regionwatch.core.diag.SourceSpan;
import java.util.List;

/**
 * A Sigma filter (meta filter) document: selections and a condition ANDed onto the rules it names
 * (or every rule, for {@code rules: any}) whose log source matches.
 */
public record SigmaFilter(SigmaMeta meta, LogSource logSource, List<String> rules, boolean anyRule,
        Detection detection, SourceSpan span) implements SigmaDocument {
    public SigmaFilter {
        rules = List.copyOf(rules);
    }
}
