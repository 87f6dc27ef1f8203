package io.regionwatch.core.rule;

import java.util.List;

/**
 * Everything about a rule except its compiled query: what Elastic's detection-rules TOML carries in
 * {@code [rule]} and what an alert copies into {@code kibana.alert.rule.*}.
 */
public record RuleMetadata(
        String ruleId,
        String name,
        String description,
        String type,
        String language,
        String query,
        Severity severity,
        int riskScore,
        int version,
        List<String> author,
        String license,
        List<Threat> threat,
        List<String> tags,
        List<String> references,
        List<String> falsePositives,
        String note,
        String setup,
        int maxSignals,
        String buildingBlockType,
        String source) {

    public RuleMetadata {
        author = List.copyOf(author);
        threat = List.copyOf(threat);
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        falsePositives = List.copyOf(falsePositives);
    }
}
