package io.regionwatch.sigma.convert;

import io.regionwatch.sigma.model.LogSource;
import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaValue;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Elasticsearch ES|QL over ECS fields ({@code FROM logs-aws.cloudtrail-* | WHERE ...}). ES|QL string
 * comparison, {@code IN}, {@code LIKE} and {@code RLIKE} are case-sensitive, so Sigma's default
 * lower-cases the field ({@code TO_LOWER(event.action) == "runinstances"}, {@code TO_LOWER(f) LIKE
 * "run*"}) and the value at conversion time. Regexes use {@code RLIKE}, which matches the whole
 * value in Lucene's dialect, so unanchored Sigma regexes get {@code .*} at their open ends; a
 * case-insensitive regex is only converted when lower-casing it cannot change its meaning. A test on
 * a missing field is null, which {@code WHERE} drops even under {@code NOT}, so negations are written
 * {@code NOT COALESCE(test, FALSE)} to keep Sigma's "missing field is not equal".
 */
public final class EsqlBackend implements Backend {
    private static final Pattern PLAIN_FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*");

    @Override
    public boolean aggregates() {
        return true;
    }

    @Override
    public String name() {
        return "esql";
    }

    @Override
    public String field(FieldMappingPipeline pipeline, String sigmaField) {
        String ecs = pipeline.map(sigmaField);
        return ecs == null ? null : PLAIN_FIELD.matcher(ecs).matches() ? ecs : "`" + ecs.replace("`", "``") + "`";
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
            return field + " == " + b.value();
        }
        if (value instanceof SigmaValue.SigmaNull) {
            return field + " IS NULL";
        }
        if (value instanceof SigmaValue.SigmaExists e) {
            return field + (e.present() ? " IS NOT NULL" : " IS NULL");
        }
        if (value instanceof SigmaValue.SigmaRegex re) {
            return regex(field, re);
        }
        if (value instanceof SigmaValue.SigmaCidr c) {
            return "CIDR_MATCH(" + field + ", " + Texts.quote(c.block()) + ")";
        }
        if (value instanceof SigmaValue.SigmaCompare c) {
            return field + " " + Compare.symbol(c.op()) + " " + c.bound();
        }
        throw new UnsupportedException(Compare.describe(value) + " is not converted to ES|QL");
    }

    private static String string(String field, SigmaString s, boolean cased) {
        String f = cased ? field : "TO_LOWER(" + field + ")";
        if (!s.hasWildcards()) {
            return f + " == " + Texts.quote(fold(s.plain(), cased));
        }
        // LIKE: * and ? are wildcards, a backslash escapes them
        StringBuilder p = new StringBuilder();
        for (SigmaString.Part part : s.parts()) {
            if (part instanceof SigmaString.Literal l) {
                p.append(fold(l.text(), cased).replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?"));
            } else {
                p.append(part == SigmaString.Wild.ANY ? '*' : '?');
            }
        }
        return f + " LIKE " + Texts.quote(p.toString());
    }

    private static String regex(String field, SigmaValue.SigmaRegex re) throws UnsupportedException {
        boolean insensitive = (re.flags() & com.google.re2j.Pattern.CASE_INSENSITIVE) != 0;
        String body = Texts.anchoredRegex(re);
        if (!insensitive) {
            return field + " RLIKE " + Texts.quote(body);
        }
        if (body.matches(".*\\\\[A-Za-z].*")) {
            throw new UnsupportedException("a case-insensitive regex with escapes such as \\S has no exact ES|QL form");
        }
        return "TO_LOWER(" + field + ") RLIKE " + Texts.quote(body.toLowerCase(Locale.ROOT));
    }

    private static String fold(String s, boolean cased) {
        return cased ? s : s.toLowerCase(Locale.ROOT);
    }

    @Override
    public String anyOf(String field, List<SigmaString> values, boolean cased) {
        String list = Texts.plainList(values, v -> fold(v, cased));
        return list == null ? null : (cased ? field : "TO_LOWER(" + field + ")") + " IN (" + list + ")";
    }

    @Override
    public String and(List<String> operands) {
        return Texts.join(operands, " AND ");
    }

    @Override
    public String or(List<String> operands) {
        return Texts.join(operands, " OR ");
    }

    /** A test on a missing field is null in ES|QL, and NOT null drops the row; Sigma's "not" keeps it. */
    @Override
    public String not(String operand) {
        return "NOT COALESCE(" + operand + ", FALSE)";
    }

    /**
     * {@code | EVAL timebucket = DATE_TRUNC(…) | STATS value_count = COUNT_DISTINCT(f) BY timebucket, keys | WHERE …}.
     * Metrics read the field with {@code TO_DOUBLE} (flattened request parameters are keywords):
     * {@code SUM}, {@code AVG}, {@code PERCENTILE(…, P)} and {@code MEDIAN} (estimates over many
     * values, as Elastic documents). A value's share needs each row's group total beside it, which
     * ES|QL has only as the preview {@code INLINE STATS}, so it is not converted.
     */
    @Override
    public String aggregate(Aggregation a) throws UnsupportedException {
        String f = "TO_DOUBLE(" + a.field() + ")";
        String fn = switch (a.kind()) {
            case EVENT_COUNT -> "COUNT(*)";
            case VALUE_COUNT -> "COUNT_DISTINCT(" + a.field() + ")";
            case VALUE_SUM -> "SUM(" + f + ")";
            case VALUE_AVG -> "AVG(" + f + ")";
            case VALUE_MEDIAN -> "MEDIAN(" + f + ")";
            case VALUE_PERCENTILE -> "PERCENTILE(" + f + ", " + a.percentile() + ")";
            default -> throw new UnsupportedException("a value_percentile share (no condition.percentile) is not converted to ES|QL:"
                    + " relating each value's count to its group's total needs INLINE STATS, a preview command");
        };
        return a.baseQuery() + "\n" + bucket(a.spanSeconds()) + "\n| STATS " + a.column() + " = " + fn + " BY " + a.byList("timebucket")
                + "\n| WHERE " + a.condition("==", " AND ");
    }

    private static String bucket(long seconds) {
        return "| EVAL timebucket = DATE_TRUNC(" + seconds + " seconds, `@timestamp`)";
    }

    /**
     * ES|QL has no union of queries, so the rules become one {@code FROM} over their indices and
     * one {@code WHERE} ORing their conditions (pySigma's approach); each rule then gets a 0/1
     * column ({@code rule_<name>_hit}), {@code STATS rule_<name> = MAX(…)} says whether it matched in
     * the bucket and their sum is the count of rules. Unlike pySigma's {@code CASE} tag, an event matched by two rules counts for both. A key
     * must therefore be the same field in every rule: aliases are not converted.
     */
    @Override
    public String temporal(Temporal t) throws UnsupportedException {
        if (t.parts().stream().anyMatch(p -> !p.renames().isEmpty())) {
            throw new UnsupportedException("a temporal correlation whose group-by fields differ between rules (aliases) is not"
                    + " converted to ES|QL: its rules share one query, so a key must be one field");
        }
        java.util.Set<String> indices = new java.util.LinkedHashSet<>();
        List<String> conditions = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<String> maxima = new ArrayList<>();
        List<String> sums = new ArrayList<>();
        for (Temporal.Part p : t.parts()) {
            indices.add(ElasticIndices.index(p.pipeline()));
            String condition = where(p.pipeline(), p.condition());
            conditions.add("(" + condition + ")");
            String flag = flag(p.tag(), flags.size());
            // the per-event column and the per-bucket one get different names, so STATS never shadows its input
            flags.add(flag + "_hit = CASE(" + condition + ", 1, 0)");
            maxima.add(flag + " = MAX(" + flag + "_hit)");
            sums.add(flag);
        }
        String sum = String.join(" + ", sums);
        return "FROM " + String.join(", ", indices) + " METADATA _id, _index\n| WHERE " + String.join(" OR ", conditions) + "\n"
                + bucket(t.spanSeconds()) + ", " + String.join(", ", flags) + "\n| STATS " + String.join(", ", maxima) + " BY timebucket"
                + (t.keys().isEmpty() ? "" : ", " + String.join(", ", t.keys())) + "\n| EVAL " + Temporal.COLUMN + " = " + sum
                + "\n| WHERE " + t.condition("==", " AND ");
    }

    /** A column for rule {@code i}: {@code rule_<name>} when the name is a plain identifier, else {@code rule_<i+1>}. */
    private static String flag(String tag, int i) {
        return tag.matches("[A-Za-z0-9_]+") ? "rule_" + tag : "rule_" + (i + 1);
    }

    /** The pipeline's constant conditions ({@code event.dataset}) ANDed before the rule's. */
    private static String where(FieldMappingPipeline pipeline, String condition) {
        StringBuilder where = new StringBuilder();
        ElasticIndices.conditions(pipeline).forEach((f, v) -> where.append(f).append(" == ").append(Texts.quote(v)).append(" AND "));
        return where + condition;
    }

    @Override
    public String query(FieldMappingPipeline pipeline, LogSource source, String condition) {
        return "FROM " + ElasticIndices.index(pipeline) + " METADATA _id, _index\n| WHERE " + where(pipeline, condition);
    }
}
