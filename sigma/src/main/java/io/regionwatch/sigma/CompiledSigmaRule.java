package io.regionwatch.sigma;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.rule.RuleMetadata;
import io.regionwatch.core.rule.Severity;
import io.regionwatch.core.rule.Threat;
import io.regionwatch.sigma.model.SigmaMeta;
import java.util.List;

/**
 * A loaded, compiled Sigma rule (detection or correlation): its metadata as written, the Elastic
 * severity and risk score its level maps to, and its ready-to-run detection.
 *
 * @param source the file (or label) the rule came from
 * @param query the rule's condition as written (or a one-line summary of a correlation), for alerts
 * @param warnings non-fatal diagnostics found while loading it
 */
public record CompiledSigmaRule(SigmaMeta meta, String source, String query, Detection detection,
        List<Diagnostic> warnings) {
    public CompiledSigmaRule {
        warnings = List.copyOf(warnings);
    }

    public String title() {
        return meta.title();
    }

    /** The rule id, or the title when the rule has none (ids are optional in Sigma). */
    public String id() {
        return meta.id() != null ? meta.id() : meta.title();
    }

    public String level() {
        return meta.level();
    }

    public List<String> tags() {
        return meta.tags();
    }

    public String description() {
        return meta.description();
    }

    public List<String> falsePositives() {
        return meta.falsePositives();
    }

    public List<String> references() {
        return meta.references();
    }

    public List<String> authors() {
        return meta.authors();
    }

    /** informational and low map to low; medium, high and critical to themselves; no level is medium. */
    public Severity severity() {
        String level = meta.level() == null ? "medium" : meta.level();
        return switch (level) {
            case "informational", "low" -> Severity.LOW;
            case "high" -> Severity.HIGH;
            case "critical" -> Severity.CRITICAL;
            default -> Severity.MEDIUM;
        };
    }

    /** Elastic's customary score per severity (21/47/73/99); informational sits at the bottom of low. */
    public int riskScore() {
        if ("informational".equals(meta.level())) {
            return 1;
        }
        return switch (severity()) {
            case LOW -> 21;
            case MEDIUM -> 47;
            case HIGH -> 73;
            case CRITICAL -> 99;
        };
    }

    /** ATT&amp;CK tactics and techniques from the {@code attack.*} tags. */
    public List<Threat> threat() {
        return AttackTags.threats(meta.tags());
    }

    public RuleMetadata metadata() {
        return new RuleMetadata(id(), title(), meta.description() == null ? "" : meta.description(), "query", "sigma",
                query, severity(), riskScore(), 1, authors(), meta.license(),
                threat(), tags(), references(), falsePositives(), null, null, 100, null, source);
    }

    /** The rule as the detection engine runs it. */
    public Rule toRule() {
        return new Rule(metadata(), detection);
    }
}
