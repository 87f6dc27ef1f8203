package io.regionwatch.sigma.model;

import io.regionwatch.core.diag.SourceSpan;

/** A Sigma detection rule. */
public record SigmaRule(SigmaMeta meta, LogSource logSource, Detection detection, SourceSpan span)
        implements SigmaDocument {
}
