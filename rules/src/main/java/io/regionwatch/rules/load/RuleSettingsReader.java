package io.regionwatch.rules.load;

import io.regionwatch.core.engine.ThresholdDetection;
import io.regionwatch.core.rule.AlertSuppression;
import io.regionwatch.core.rule.RuleOverrides;
import io.regionwatch.core.rule.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Reads the type-specific tables of a detection-rules TOML file ({@code [rule.threshold]},
 * {@code [rule.new_terms]}), {@code [rule.alert_suppression]} and {@code exceptions_list}, in the
 * exact shapes elastic/detection-rules writes them.
 */
final class RuleSettingsReader {
    private final TomlRuleReader reader;
    private final TomlParseResult toml;

    RuleSettingsReader(TomlRuleReader reader, TomlParseResult toml) {
        this.reader = reader;
        this.toml = toml;
    }

    RuleType type(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "eql" -> new RuleType.Eql();
            case "query" -> new RuleType.Query();
            case "threshold" -> threshold();
            case "new_terms" -> newTerms();
            default -> null;
        };
    }

    private RuleType threshold() {
        TomlTable t = toml.getTable("rule.threshold");
        if (t == null) {
            reader.error("rule", "a threshold rule needs a [rule.threshold] table");
            return null;
        }
        List<String> fields = fieldList(t, "field", "rule.threshold.field");
        if (fields.size() > 3) {
            reader.error("rule.threshold.field", "rule.threshold.field takes at most 3 fields");
        }
        Long value = t.getLong("value");
        if (value == null || value < 1) {
            reader.error("rule.threshold", "rule.threshold.value must be a positive integer");
            value = 1L;
        }
        List<ThresholdDetection.Cardinality> cardinality = new ArrayList<>();
        TomlArray list = t.getArray("cardinality");
        for (int i = 0; list != null && i < list.size(); i++) {
            TomlTable c = list.getTable(i);
            String field = c.getString("field");
            Long min = c.getLong("value");
            if (field == null || min == null || min < 1) {
                reader.error(c.inputPositionOf("field"), "each rule.threshold.cardinality needs a field and a positive value");
            } else {
                cardinality.add(new ThresholdDetection.Cardinality(field, min));
            }
        }
        return new RuleType.Threshold(fields, value, cardinality);
    }

    private RuleType newTerms() {
        TomlTable t = toml.getTable("rule.new_terms");
        if (t == null) {
            reader.error("rule", "a new_terms rule needs a [rule.new_terms] table");
            return null;
        }
        List<String> fields = fieldList(t, "value", "rule.new_terms.value");
        if (fields.isEmpty() || fields.size() > 3 || fields.stream().distinct().count() != fields.size()) {
            reader.error("rule.new_terms.value", "new_terms needs 1 to 3 distinct fields");
            return null; // no detection can be built from it; the diagnostic says why
        }
        Duration history = null;
        TomlArray windows = t.getArray("history_window_start");
        if (windows != null && !windows.isEmpty()) {
            history = DateMath.lookback(windows.getTable(0).getString("value"));
        }
        if (history == null) {
            reader.error("rule.new_terms", "rule.new_terms.history_window_start must be one entry with value = \"now-<n><unit>\"");
            history = Duration.ofDays(30);
        }
        return new RuleType.NewTerms(fields, history);
    }

    AlertSuppression suppression() {
        TomlTable t = toml.getTable("rule.alert_suppression");
        if (t == null) {
            return null;
        }
        List<String> groupBy = fieldList(t, "group_by", "rule.alert_suppression.group_by");
        Duration duration = null;
        TomlTable d = t.getTable("duration");
        if (d != null) {
            Long value = d.getLong("value");
            String unit = d.getString("unit");
            duration = value == null || unit == null ? null : DateMath.lookback("now-" + value + unit);
            if (duration == null || !List.of("s", "m", "h").contains(unit)) {
                reader.error("rule.alert_suppression.duration", "duration needs value and unit s, m or h");
            }
        }
        String strategy = t.getString("missing_fields_strategy");
        if (strategy != null && !List.of("suppress", "doNotSuppress").contains(strategy)) {
            reader.error("rule.alert_suppression.missing_fields_strategy", "missing_fields_strategy must be suppress or doNotSuppress");
        }
        if (groupBy.isEmpty() || groupBy.size() > 3) {
            reader.error("rule.alert_suppression.group_by", "alert suppression needs 1 to 3 group_by fields");
            return null;
        }
        return new AlertSuppression(groupBy, duration, !"doNotSuppress".equals(strategy));
    }

    /** {@code [[rule.severity_mapping]]} and {@code [[rule.risk_score_mapping]]} (operator "equals" only, as in Kibana). */
    RuleOverrides overrides() {
        List<RuleOverrides.SeverityEntry> severities = new ArrayList<>();
        TomlArray list = toml.getArray("rule.severity_mapping");
        for (int i = 0; list != null && i < list.size(); i++) {
            TomlTable m = list.getTable(i);
            Severity severity = Severity.parse(String.valueOf(m.getString("severity")));
            if (m.getString("field") == null || m.getString("value") == null || severity == null
                    || !"equals".equals(m.getString("operator"))) {
                reader.error(m.inputPositionOf("field"), "each rule.severity_mapping needs field, operator = \"equals\", value and a severity");
            } else {
                severities.add(new RuleOverrides.SeverityEntry(m.getString("field"), m.getString("value"), severity));
            }
        }
        String riskField = null;
        TomlArray risk = toml.getArray("rule.risk_score_mapping");
        if (risk != null && !risk.isEmpty()) {
            riskField = risk.getTable(0).getString("field");
            if (riskField == null || risk.size() > 1) {
                reader.error(risk.inputPositionOf(0), "rule.risk_score_mapping takes one entry with a field");
            }
        }
        return new RuleOverrides(severities, riskField);
    }

    List<String> exceptionLists() {
        TomlArray lists = toml.getArray("rule.exceptions_list");
        List<String> ids = new ArrayList<>();
        for (int i = 0; lists != null && i < lists.size(); i++) {
            TomlTable entry = lists.getTable(i);
            String id = entry == null ? null : entry.getString("list_id");
            if (id == null) {
                reader.error(lists.inputPositionOf(i), "each rule.exceptions_list entry needs a list_id");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<String> fieldList(TomlTable table, String key, String path) {
        List<String> out = new ArrayList<>();
        if (table.isString(key)) {
            out.add(table.getString(key));
        } else if (table.isArray(key)) {
            TomlArray array = table.getArray(key);
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof String s) {
                    out.add(s);
                } else {
                    reader.error(path, path + " must list field names");
                }
            }
        } else if (table.contains(key)) {
            reader.error(path, path + " must be a field name or a list of them");
        }
        return out;
    }
}
