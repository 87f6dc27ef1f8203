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
    public boolean aggregates() {
        return true;
    }

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

    /**
     * {@code | bin _time span=… | stats dc(f) as value_count by _time keys | search value_count >= N}.
     * Metrics use {@code sum}, {@code avg}, {@code exactperc<P>} and {@code median}; a value's share
     * counts per value, adds the group's total with {@code eventstats} and divides.
     */
    @Override
    public String aggregate(Aggregation a) {
        String by = " by _time" + (a.groupBy().isEmpty() ? "" : " " + String.join(" ", a.groupBy()));
        String head = a.baseQuery() + "\n| bin _time span=" + a.span() + "\n";
        String tail = "\n| search " + a.condition("=", " ");
        if (a.kind() == Aggregation.Kind.VALUE_SHARE) {
            // stats drops events without the field, so the whole is the events that carry it, as in the engine
            return head + "| stats count as value_events" + by + " " + a.field() + "\n| eventstats sum(value_events) as group_events"
                    + by + "\n| eval " + a.column() + " = 100 * value_events / group_events" + tail;
        }
        String f = a.field();
        String fn = switch (a.kind()) {
            case EVENT_COUNT -> "count";
            case VALUE_COUNT -> "dc(" + f + ")";
            case VALUE_SUM -> "sum(" + f + ")";
            case VALUE_AVG -> "avg(" + f + ")";
            case VALUE_MEDIAN -> "median(" + f + ")";
            // exactperc<P> takes 1..99; perc<P> would be an estimate
            default -> a.percentile() == 0 ? "min(" + f + ")" : a.percentile() == 100 ? "max(" + f + ")"
                    : "exactperc" + a.percentile() + "(" + f + ")";
        };
        return head + "| stats " + fn + " as " + a.column() + by + tail;
    }

    /**
     * pySigma's form: {@code | multisearch [ search <rule> | eval event_type="<rule>" ] …} (a single
     * rule needs no multisearch), then {@code | bin _time span=… | stats dc(event_type) as
     * event_type_count by _time keys | search event_type_count >= N}. An event matched by two rules
     * comes out of both subsearches, so it counts for both, as in the engine.
     */
    @Override
    public String temporal(Temporal t) {
        StringBuilder out = new StringBuilder();
        if (t.parts().size() == 1) {
            out.append(t.parts().get(0).query()).append("\n| ").append(tagAndRename(t.parts().get(0)));
        } else {
            out.append("| multisearch");
            for (Temporal.Part p : t.parts()) {
                out.append("\n[ search ").append(p.query()).append(" | ").append(tagAndRename(p)).append(" ]");
            }
        }
        return out + "\n| bin _time span=" + t.span() + "\n| stats dc(event_type) as " + Temporal.COLUMN + " by _time"
                + (t.keys().isEmpty() ? "" : " " + String.join(" ", t.keys())) + "\n| search " + t.condition("=", " ");
    }

    private static String tagAndRename(Temporal.Part p) {
        StringBuilder out = new StringBuilder("eval event_type=" + Texts.quote(p.tag()));
        p.renames().forEach((field, key) -> out.append(" | rename ").append(field.matches("[A-Za-z0-9_.]+") ? field : Texts.quote(field))
                .append(" as ").append(key));
        return out.toString();
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
