package io.regionwatch.sigma.convert;

import io.regionwatch.sigma.model.LogSource;
import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaValue;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Microsoft Sentinel KQL over the Log Analytics tables ({@code AWSCloudTrail | where EventName =~
 * "RunInstances"}). KQL's {@code ==} and {@code in} are case-sensitive, so Sigma's default uses the
 * case-insensitive forms: {@code =~}, {@code in~}, {@code startswith}, {@code endswith},
 * {@code contains} (substring, unlike the term-based {@code has}), and {@code matches regex} with
 * {@code (?i)} for other wildcard shapes; {@code cased} selects {@code ==}, {@code in} and the
 * {@code _cs} operators.
 */
public final class SentinelKqlBackend implements Backend {
    private static final TargetFields TABLE = TargetFields.load("/io/regionwatch/sigma/convert/sentinel.yml");

    @Override
    public boolean aggregates() {
        return true;
    }

    @Override
    public String name() {
        return "kql";
    }

    @Override
    public String field(FieldMappingPipeline pipeline, String sigmaField) {
        return TABLE.field(pipeline.name(), sigmaField, null);
    }

    @Override
    public String test(String field, SigmaValue value, boolean cased) throws UnsupportedException {
        if (value instanceof SigmaString s) {
            return string(field, s, cased);
        }
        if (value instanceof SigmaValue.SigmaNumber n) {
            return field + " == " + n.value();
        }
        if (value instanceof SigmaValue.SigmaBoolean b) {
            return "tostring(" + field + ") =~ " + Texts.quote(String.valueOf(b.value()));
        }
        if (value instanceof SigmaValue.SigmaNull) {
            return "isempty(" + field + ")";
        }
        if (value instanceof SigmaValue.SigmaExists e) {
            return (e.present() ? "isnotempty(" : "isempty(") + field + ")";
        }
        if (value instanceof SigmaValue.SigmaRegex re) {
            String flags = (re.flags() & com.google.re2j.Pattern.CASE_INSENSITIVE) != 0 ? "(?i)" : "";
            return field + " matches regex " + Texts.quote(flags + re.pattern());
        }
        if (value instanceof SigmaValue.SigmaCidr c) {
            return (c.block().contains(":") ? "ipv6_is_in_range(" : "ipv4_is_in_range(") + field + ", " + Texts.quote(c.block()) + ")";
        }
        if (value instanceof SigmaValue.SigmaCompare c) {
            return field + " " + Compare.symbol(c.op()) + " " + c.bound();
        }
        throw new UnsupportedException(Compare.describe(value) + " is not converted to Sentinel KQL");
    }

    private static String string(String field, SigmaString s, boolean cased) {
        String cs = cased ? "_cs " : " ";
        String lit = Texts.quote(s.plain());
        return switch (Texts.shape(s)) {
            case EXACT -> field + (cased ? " == " : " =~ ") + lit;
            case PREFIX -> field + " startswith" + cs + lit;
            case SUFFIX -> field + " endswith" + cs + lit;
            case CONTAINS -> field + " contains" + cs + lit;
            case OTHER -> field + " matches regex " + Texts.quote((cased ? "^" : "(?i)^") + Texts.regex(s, ".^$*+?()[]{}|\\", false) + "$");
        };
    }

    @Override
    public String anyOf(String field, List<SigmaString> values, boolean cased) {
        String list = Texts.plainList(values, v -> v);
        return list == null ? null : field + (cased ? " in (" : " in~ (") + list + ")";
    }

    @Override
    public String and(List<String> operands) {
        return Texts.join(operands, " and ");
    }

    @Override
    public String or(List<String> operands) {
        return Texts.join(operands, " or ");
    }

    @Override
    public String not(String operand) {
        return "not(" + operand + ")";
    }

    /**
     * {@code | summarize value_count = dcount(C, 4) by bin(TimeGenerated, 10m), keys | where value_count >= N}.
     * Metrics read the field with {@code todouble} (Sentinel keeps request parameters as strings):
     * {@code sum}, {@code avg}, {@code percentile(…, P)} (an estimate, as every Kusto percentile). A
     * value's share counts per value, then joins each bucket with its group's total.
     */
    @Override
    public String aggregate(Aggregation a) throws UnsupportedException {
        String by = a.byList("bin(TimeGenerated, " + a.span() + ")");
        String where = "\n| where " + a.condition("==", " and ");
        if (a.kind() == Aggregation.Kind.VALUE_SHARE) {
            if (!a.groupBy().stream().allMatch(g -> g.matches("[A-Za-z_][A-Za-z0-9_]*"))) {
                throw new UnsupportedException("a value_percentile share grouped by a computed column (" + a.groupBy()
                        + ") is not converted to Sentinel KQL (the self-join needs plain columns)");
            }
            // only events that carry the field make up the whole, as in the engine
            List<String> group = new ArrayList<>(List.of("bucket"));
            group.addAll(a.groupBy());
            String keys = String.join(", ", group);
            return "let buckets = materialize(" + a.baseQuery() + "\n| where isnotempty(" + a.field() + ")\n| summarize value_events ="
                    + " count() by bucket = bin(TimeGenerated, " + a.span() + ")" + (a.groupBy().isEmpty() ? "" : ", "
                    + String.join(", ", a.groupBy())) + ", value = " + a.field() + ");\nbuckets\n| join kind=inner (buckets | summarize"
                    + " group_events = sum(value_events) by " + keys + ") on " + keys + "\n| extend " + a.column()
                    + " = 100.0 * value_events / group_events" + where;
        }
        String f = "todouble(" + a.field() + ")";
        String fn = switch (a.kind()) {
            case EVENT_COUNT -> "count()";
            case VALUE_COUNT -> "dcount(" + a.field() + ", 4)"; // an estimate; accuracy level 4 is the most exact Kusto offers
            case VALUE_SUM -> "sum(" + f + ")";
            case VALUE_AVG -> "avg(" + f + ")";
            default -> "percentile(" + f + ", " + a.percentile() + ")";
        };
        return a.baseQuery() + "\n| summarize " + a.column() + " = " + fn + " by " + by + where;
    }

    /**
     * {@code union (rule 1 | extend event_type = "a"), (rule 2 | extend event_type = "b") | summarize
     * event_types = make_set(event_type) by bin(TimeGenerated, …), keys | extend event_type_count =
     * array_length(event_types) | where …}: {@code make_set} is exact where {@code dcount} estimates.
     * A key whose column differs between tables (or is an expression) is given its Sigma name with
     * {@code extend} inside each branch.
     */
    @Override
    public String temporal(Temporal t) {
        List<String> branches = new ArrayList<>();
        for (Temporal.Part p : t.parts()) {
            StringBuilder b = new StringBuilder("(").append(p.query()).append("\n| extend event_type = ").append(Texts.quote(p.tag()));
            p.renames().forEach((field, key) -> b.append(", ").append(key).append(" = ").append(field));
            branches.add(b.append(')').toString().replace("\n", "\n    "));
        }
        String by = "bin(TimeGenerated, " + t.span() + ")" + (t.keys().isEmpty() ? "" : ", " + String.join(", ", t.keys()));
        return "union\n    " + String.join(",\n    ", branches) + "\n| summarize event_types = make_set(event_type) by " + by
                + "\n| extend " + Temporal.COLUMN + " = array_length(event_types)\n| where " + t.condition("==", " and ");
    }

    @Override
    public String query(FieldMappingPipeline pipeline, LogSource source, String condition) throws UnsupportedException {
        String table = TABLE.source(pipeline.name());
        if (table == null) {
            throw new UnsupportedException("no Sentinel table for log source " + source);
        }
        return table + "\n| where " + condition;
    }
}
