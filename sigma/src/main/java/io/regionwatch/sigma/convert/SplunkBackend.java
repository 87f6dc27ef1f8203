package io.regionwatch.sigma.convert;

import io.regionwatch.sigma.model.LogSource;
import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaValue;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Splunk SPL over the raw events ({@code sourcetype="aws:cloudtrail" eventName="RunInstances"}).
 * The {@code search} command compares {@code field=value} case-insensitively with {@code *}
 * wildcards, which is Sigma's default; {@code cased} uses {@code CASE("value")}. Splunk search has
 * no single-character wildcard and no literal {@code *}, and regexes need a separate {@code | regex}
 * command that cannot sit inside a boolean expression, so those are reported as unsupported.
 */
public final class SplunkBackend implements Backend {
    private static final TargetFields TABLE = TargetFields.load("/io/regionwatch/sigma/convert/splunk.yml");

    @Override
    public String name() {
        return "splunk";
    }

    @Override
    public String field(FieldMappingPipeline pipeline, String sigmaField) {
        return RawFields.name(TABLE, pipeline, sigmaField);
    }

    @Override
    public String test(String field, SigmaValue value, boolean cased) throws UnsupportedException {
        if (value instanceof SigmaString s) {
            return field + "=" + string(s, cased);
        }
        if (value instanceof SigmaValue.SigmaNumber n) {
            return field + "=" + n.value();
        }
        if (value instanceof SigmaValue.SigmaBoolean b) {
            return field + "=" + Texts.quote(String.valueOf(b.value()));
        }
        if (value instanceof SigmaValue.SigmaNull) {
            return "NOT " + field + "=*";
        }
        if (value instanceof SigmaValue.SigmaExists e) {
            return (e.present() ? "" : "NOT ") + field + "=*";
        }
        if (value instanceof SigmaValue.SigmaCidr c) {
            return field + "=" + Texts.quote(c.block());
        }
        if (value instanceof SigmaValue.SigmaCompare c) {
            return field + Compare.symbol(c.op()) + c.bound();
        }
        throw new UnsupportedException(Compare.describe(value) + " is not converted to Splunk search (it needs | regex or | where)");
    }

    @Override
    public String anyOf(String field, List<SigmaString> values, boolean cased) throws UnsupportedException {
        if (cased) {
            return null;
        }
        List<String> quoted = new ArrayList<>();
        for (SigmaString s : values) {
            quoted.add(string(s, false));
        }
        return field + " IN (" + String.join(", ", quoted) + ")";
    }

    @Override
    public String keyword(SigmaString value) throws UnsupportedException {
        return string(value, false);
    }

    private static String string(SigmaString s, boolean cased) throws UnsupportedException {
        String glob = Texts.glob(s);
        if (glob == null || glob.indexOf('?') >= 0) {
            throw new UnsupportedException("Splunk search has no literal '*' and no single-character wildcard: " + s);
        }
        return cased ? "CASE(" + Texts.quote(glob) + ")" : Texts.quote(glob);
    }

    @Override
    public String and(List<String> operands) {
        return Texts.join(operands, " AND ");
    }

    @Override
    public String or(List<String> operands) {
        return Texts.join(operands, " OR ");
    }

    @Override
    public String not(String operand) {
        return "NOT " + operand;
    }

    /** {@code | bin _time span=… | stats dc(f) as value_count by _time keys | search value_count >= N}. */
    @Override
    public String aggregate(Aggregation a) {
        String count = a.countField() == null ? "count" : "dc(" + a.countField() + ")";
        return a.baseQuery() + "\n| bin _time span=" + a.span() + "\n| stats " + count + " as " + a.column() + " by _time"
                + (a.groupBy().isEmpty() ? "" : " " + String.join(" ", a.groupBy())) + "\n| search " + a.condition("=", " ");
    }

    @Override
    public String query(FieldMappingPipeline pipeline, LogSource source, String condition) throws UnsupportedException {
        String st = TABLE.source(pipeline.name());
        if (st == null) {
            throw new UnsupportedException("no Splunk source type for log source " + source);
        }
        return st + " " + condition;
    }
}
