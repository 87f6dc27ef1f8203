package io.regionwatch.rules.load;

import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.core.rule.AlertSuppression;
import io.regionwatch.core.rule.RuleMetadata;
import io.regionwatch.core.rule.RuleOverrides;
import java.time.Duration;
import java.util.List;

/**
 * A rule as read from its file, before compilation.
 *
 * @param queryStart where the query text starts, so query errors point into the rule file
 * @param approvedRegionsField the field whose {@code in} list is bound to the configured approved
 *     regions (null when the rule has none)
 * @param type the rule type and its type-specific settings
 * @param suppression {@code alert_suppression}, or null
 * @param exceptionLists ids of the exception lists attached with {@code exceptions_list}
 * @param timestampField {@code timestamp_override} if the event has it, else {@code @timestamp}
 * @param lookback the span of {@code from} ({@code now-6m} is 6 minutes): threshold windows use it
 * @param overrides {@code severity_mapping} and {@code risk_score_mapping}
 */
public record RuleDefinition(RuleMetadata metadata, SourceSpan queryStart, String approvedRegionsField, RuleType type,
        AlertSuppression suppression, List<String> exceptionLists, String timestampField, Duration lookback,
        RuleOverrides overrides) {
    public RuleDefinition {
        exceptionLists = List.copyOf(exceptionLists);
    }
}
