package io.regionwatch.rules.load;

import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.core.rule.RuleMetadata;

/**
 * A rule as read from its file, before compilation: its metadata, where its query text starts (so
 * query errors point into the rule file), and the field whose {@code in} list is bound to the
 * configured approved regions (null when the rule has none).
 */
public record RuleDefinition(RuleMetadata metadata, SourceSpan queryStart, String approvedRegionsField) {
}
