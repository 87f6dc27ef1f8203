package io.regionwatch.core.engine;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.rule.RuleOverrides;
import io.regionwatch.core.rule.Severity;

/** Applies a rule's severity and risk-score overrides to an alert, from the alert's first event. */
final class Overrides {
    private Overrides() {
    }

    static Alert apply(RuleOverrides overrides, Alert alert) {
        if (alert.events().isEmpty()) {
            return alert;
        }
        Severity severity = overrides.severityFor(alert.events().get(0));
        Integer risk = overrides.riskScoreFor(alert.events().get(0));
        if (severity == null && risk == null) {
            return alert;
        }
        DocumentBuilder fields = new DocumentBuilder();
        if (severity != null) {
            fields.set("kibana.alert.severity", severity.label());
            fields.set("kibana.alert.rule.parameters.severity_override", true);
        }
        if (risk != null) {
            fields.set("kibana.alert.risk_score", (long) risk);
            fields.set("kibana.alert.rule.parameters.risk_score_override", true);
        }
        return alert.with(fields.build());
    }
}
