package io.regionwatch.core.rule;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import java.util.Comparator;
import java.util.List;

/**
 * Elastic's {@code severity_mapping} and {@code risk_score_mapping}: the alert's severity and risk
 * score taken from the event. Of the severity entries whose field equals their value, the highest
 * severity wins, as Kibana sorts them low to high and keeps the last match. The risk score comes
 * from a numeric field when it holds a number from 0 to 100.
 */
public record RuleOverrides(List<SeverityEntry> severity, String riskScoreField) {
    public static final RuleOverrides NONE = new RuleOverrides(List.of(), null);

    /** One {@code [[rule.severity_mapping]]} entry (operator "equals"). */
    public record SeverityEntry(String field, String value, Severity severity) {
    }

    public RuleOverrides {
        severity = severity.stream().sorted(Comparator.comparing(SeverityEntry::severity)).toList();
    }

    public boolean isEmpty() {
        return severity.isEmpty() && riskScoreField == null;
    }

    /** The mapped severity for this event, or null to keep the rule's. */
    public Severity severityFor(Event event) {
        Severity chosen = null;
        for (SeverityEntry entry : severity) {
            if (holds(event.get(FieldPath.of(entry.field())), entry.value())) {
                chosen = entry.severity();
            }
        }
        return chosen;
    }

    /** The mapped risk score for this event, or null to keep the rule's. */
    public Integer riskScoreFor(Event event) {
        if (riskScoreField == null) {
            return null;
        }
        Object value = event.get(FieldPath.of(riskScoreField));
        if (value instanceof List<?> list && !list.isEmpty()) {
            value = list.get(0);
        }
        double score;
        if (value instanceof Number n) {
            score = n.doubleValue();
        } else if (value instanceof String s) {
            try {
                score = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return score >= 0 && score <= 100 ? (int) Math.round(score) : null;
    }

    private static boolean holds(Object actual, String expected) {
        if (actual instanceof List<?> list) {
            return list.stream().anyMatch(v -> String.valueOf(v).equals(expected));
        }
        return actual != null && String.valueOf(actual).equals(expected);
    }
}
