package io.regionwatch.rules.load;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.core.rule.RuleMetadata;
import io.regionwatch.core.rule.Severity;
import io.regionwatch.core.rule.Threat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads one detection-rules TOML document into a {@link RuleDefinition}, collecting every problem
 * (TOML syntax, missing or mistyped fields, a risk score outside its severity's band) rather than
 * stopping at the first.
 */
public final class TomlRuleReader {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> SUPPORTED_TYPES = Set.of("eql", "query", "threshold", "new_terms");
    private static final Set<String> KNOWN_RULE_KEYS = Set.of("author", "description", "false_positives", "from", "index",
            "interval", "language", "license", "name", "note", "references", "risk_score", "rule_id", "severity", "tags",
            "timestamp_override", "type", "query", "threat", "version", "max_signals", "setup", "building_block_type",
            "event_category_override", "tiebreaker_field", "timestamp_field", "investigation_fields", "to",
            "risk_score_mapping", "severity_mapping", "rule_name_override", "exceptions_list", "related_integrations",
            "required_fields", "filters", "data_view_id", "alert_suppression", "threshold", "new_terms", "actions");

    private final String source;
    private final List<String> lines;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private TomlParseResult toml;

    private TomlRuleReader(String source, String text) {
        this.source = source;
        this.lines = text.lines().toList();
    }

    /** Reads {@code text} (the content of {@code source}); problems are added to {@code sink}. */
    public static RuleDefinition read(String source, String text, List<Diagnostic> sink) {
        TomlRuleReader reader = new TomlRuleReader(source, text);
        RuleDefinition definition;
        try {
            definition = reader.read(text);
        } catch (org.tomlj.TomlInvalidTypeException e) {
            // a key of the wrong kind where a typed getter reads it (threat = {...} instead of [[rule.threat]])
            reader.diagnostics.add(Diagnostic.error(SourceSpan.at(source, 1, 1), "TOML: " + e.getMessage()));
            definition = null;
        }
        sink.addAll(reader.diagnostics);
        return definition;
    }

    private RuleDefinition read(String text) {
        try {
            toml = Toml.parse(text);
        } catch (AssertionError e) {
            // tomlj checks an internal invariant with assert; with assertions on (tests, java -ea) odd text trips it
            diagnostics.add(Diagnostic.error(SourceSpan.at(source, 1, 1), "TOML: the parser cannot read this file ("
                    + e.getMessage() + ")"));
            return null;
        }
        for (TomlParseError error : toml.errors()) {
            diagnostics.add(Diagnostic.error(span(error.position()), "TOML: " + error.getMessage()));
        }
        if (!toml.errors().isEmpty()) {
            return null;
        }
        TomlTable rule = toml.getTable("rule");
        if (rule == null) {
            error((String) null, "missing [rule] table");
            return null;
        }
        warnUnknownKeys(rule);
        RuleMetadata metadata = metadata(rule);
        String approvedField = optionalString("regionwatch.approved_regions_field");
        RuleSettingsReader settings = new RuleSettingsReader(this, toml);
        RuleType type = settings.type(metadata.type());
        String from = optionalString("rule.from");
        Duration lookback = from == null ? Duration.ofMinutes(6) : DateMath.lookback(from);
        if (lookback == null) {
            error("rule.from", "rule.from must look like now-6m, got '" + from + "'");
        }
        String timestamp = optionalString("rule.timestamp_override");
        if (metadata.query() == null || type == null) {
            return null;
        }
        // returned even when fields had errors, so the query's own errors are reported in the same run
        return new RuleDefinition(metadata, queryStart(), approvedField, type, settings.suppression(), settings.exceptionLists(),
                timestamp == null ? "@timestamp" : timestamp, lookback == null ? Duration.ofMinutes(6) : lookback,
                settings.overrides());
    }

    private RuleMetadata metadata(TomlTable rule) {
        String ruleId = requiredString("rule.rule_id");
        if (ruleId != null && !UUID.matcher(ruleId).matches()) {
            error("rule.rule_id", "rule_id must be a UUID, got '" + ruleId + "'");
        }
        String name = requiredString("rule.name");
        String description = strip(requiredString("rule.description"));
        String type = ruleType();
        String language = optionalString("rule.language");
        if ("eql".equals(type) && !"eql".equals(language)) {
            error("rule.language", "an eql rule needs language = \"eql\", got " + quote(language));
        } else if (type != null && !"eql".equals(type) && !List.of("kuery", "eql").contains(String.valueOf(language))) {
            error("rule.language", "a " + type + " rule needs language = \"kuery\" (or \"eql\" for an event query), got "
                    + quote(language));
        }
        String query = requiredString("rule.query");
        Severity severity = severity();
        int riskScore = riskScore(severity);
        int version = (int) optionalLong("rule.version", 1, 1, Integer.MAX_VALUE);
        int maxSignals = (int) optionalLong("rule.max_signals", 100, 1, 10_000);
        String bbr = optionalString("rule.building_block_type");
        if (bbr != null && !bbr.equals("default")) {
            error("rule.building_block_type", "building_block_type must be \"default\"");
        }
        List<Threat> threat = new ThreatReader(this).read(rule.getArray("threat"));
        return new RuleMetadata(ruleId, name, description, type, language, query, severity, riskScore, version,
                stringList("rule.author"), optionalString("rule.license"), threat, stringList("rule.tags"),
                stringList("rule.references"), stringList("rule.false_positives"), strip(optionalString("rule.note")),
                strip(optionalString("rule.setup")), maxSignals, bbr, source);
    }

    private String ruleType() {
        String type = requiredString("rule.type");
        if (type != null && !SUPPORTED_TYPES.contains(type)) {
            error("rule.type", "rule type '" + type + "' is not supported (supported: " + String.join(", ", SUPPORTED_TYPES) + ")");
        }
        return type;
    }

    private Severity severity() {
        String text = requiredString("rule.severity");
        Severity severity = text == null ? null : Severity.parse(text);
        if (text != null && severity == null) {
            error("rule.severity", "severity must be low, medium, high or critical, got '" + text + "'");
        }
        return severity;
    }

    private int riskScore(Severity severity) {
        if (!toml.contains("rule.risk_score")) {
            error("rule", "missing required field rule.risk_score");
            return 0;
        }
        int score = (int) optionalLong("rule.risk_score", 0, 0, 100);
        if (severity != null && !severity.fitsRiskScore(score)) {
            error("rule.risk_score", "risk_score " + score + " does not fit severity " + severity.label()
                    + " (Elastic pairs low 0-21, medium 22-47, high 48-73, critical 74-100)");
        }
        return score;
    }

    private void warnUnknownKeys(TomlTable rule) {
        for (String key : rule.keySet()) {
            if (!KNOWN_RULE_KEYS.contains(key)) {
                diagnostics.add(Diagnostic.warning(span(toml.inputPositionOf("rule." + key)), "unknown field rule." + key + " is ignored"));
            }
        }
    }

    /** Where the query text itself starts: the line after an opening triple quote that ends its line. */
    private SourceSpan queryStart() {
        TomlPosition key = toml.inputPositionOf("rule.query");
        if (key == null) {
            return SourceSpan.at(source, 1, 1);
        }
        String line = lines.get(key.line() - 1);
        int eq = line.indexOf('=', key.column() - 1);
        String rest = line.substring(eq + 1).stripLeading();
        int valueColumn = line.length() - rest.length() + 1;
        if (rest.startsWith("'''") || rest.startsWith("\"\"\"")) {
            if (rest.substring(3).isBlank()) {
                return SourceSpan.at(source, key.line() + 1, 1);
            }
            return SourceSpan.at(source, key.line(), valueColumn + 3);
        }
        return SourceSpan.at(source, key.line(), valueColumn + 1);
    }

    String requiredString(String key) {
        if (!toml.contains(key)) {
            error(key.substring(0, key.lastIndexOf('.')), "missing required field " + key);
            return null;
        }
        return optionalString(key);
    }

    String optionalString(String key) {
        if (!toml.contains(key)) {
            return null;
        }
        if (!toml.isString(key)) {
            error(key, key + " must be a string");
            return null;
        }
        return toml.getString(key);
    }

    String optionalString(TomlTable table, String key, String path) {
        if (table == null || !table.contains(key)) {
            return null;
        }
        if (!table.isString(key)) {
            error(path, path + " must be a string");
            return null;
        }
        return table.getString(key);
    }

    private long optionalLong(String key, long fallback, long min, long max) {
        if (!toml.contains(key)) {
            return fallback;
        }
        if (!toml.isLong(key)) {
            error(key, key + " must be an integer");
            return fallback;
        }
        long value = toml.getLong(key);
        if (value < min || value > max) {
            error(key, key + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private List<String> stringList(String key) {
        if (!toml.contains(key)) {
            return List.of();
        }
        TomlArray array = toml.isArray(key) ? toml.getArray(key) : null;
        if (array == null || !allStrings(array)) {
            error(key, key + " must be an array of strings");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(array.getString(i).strip());
        }
        return out;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static boolean allStrings(TomlArray array) {
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof String)) {
                return false;
            }
        }
        return true;
    }

    void error(String key, String message) {
        TomlPosition position = key == null ? null : toml.inputPositionOf(key);
        diagnostics.add(Diagnostic.error(span(position), message));
    }

    void error(TomlPosition position, String message) {
        diagnostics.add(Diagnostic.error(span(position), message));
    }

    private SourceSpan span(TomlPosition position) {
        return position == null ? SourceSpan.at(source, 1, 1) : SourceSpan.at(source, position.line(), position.column());
    }

    private static String quote(String s) {
        return s == null ? "nothing" : "\"" + s + "\"";
    }
}
