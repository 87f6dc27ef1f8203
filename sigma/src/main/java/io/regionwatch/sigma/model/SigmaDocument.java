package io.regionwatch.sigma.model;

import io.regionwatch.core.diag.SourceSpan;

/** One YAML document of a Sigma file: a detection rule, a correlation rule or a filter. */
public sealed interface SigmaDocument permits SigmaRule, SigmaCorrelation, SigmaFilter {
    SigmaMeta meta();

    /** Where the document starts. */
    SourceSpan span();
}
