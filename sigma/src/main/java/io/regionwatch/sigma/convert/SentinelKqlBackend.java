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
        if (values.stream().anyMatch(SigmaString::hasWildcards)) {
            return null;
        }
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add(Texts.quote(v.plain())));
        return field + (cased ? " in (" : " in~ (") + String.join(", ", quoted) + ")";
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

    /** {@code | summarize value_count = dcount(C, 4) by bin(TimeGenerated, 10m), keys | where value_count >= N}. */
    @Override
    public String aggregate(Aggregation a) {
        // dcount is an estimate; accuracy level 4 is the most exact Kusto offers
        String count = a.countField() == null ? "count()" : "dcount(" + a.countField() + ", 4)";
        String by = "bin(TimeGenerated, " + a.span() + ")" + (a.groupBy().isEmpty() ? "" : ", " + String.join(", ", a.groupBy()));
        return a.baseQuery() + "\n| summarize " + a.column() + " = " + count + " by " + by + "\n| where " + a.condition("==", " and ");
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
