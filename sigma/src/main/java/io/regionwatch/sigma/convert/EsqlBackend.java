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
        if (values.stream().anyMatch(SigmaString::hasWildcards)) {
            return null;
        }
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add(Texts.quote(fold(v.plain(), cased))));
        return (cased ? field : "TO_LOWER(" + field + ")") + " IN (" + String.join(", ", quoted) + ")";
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

    /** {@code | EVAL timebucket = DATE_TRUNC(…) | STATS value_count = COUNT_DISTINCT(f) BY timebucket, keys | WHERE …}. */
    @Override
    public String aggregate(Aggregation a) {
        String count = a.countField() == null ? "COUNT(*)" : "COUNT_DISTINCT(" + a.countField() + ")";
        return a.baseQuery() + "\n| EVAL timebucket = DATE_TRUNC(" + a.spanSeconds() + " seconds, `@timestamp`)\n| STATS "
                + a.column() + " = " + count + " BY timebucket" + (a.groupBy().isEmpty() ? "" : ", " + String.join(", ", a.groupBy()))
                + "\n| WHERE " + a.condition("==", " AND ");
    }

    @Override
    public String query(FieldMappingPipeline pipeline, LogSource source, String condition) {
        StringBuilder where = new StringBuilder();
        ElasticIndices.conditions(pipeline).forEach((f, v) -> where.append(f).append(" == ").append(Texts.quote(v)).append(" AND "));
        return "FROM " + ElasticIndices.index(pipeline) + " METADATA _id, _index\n| WHERE " + where + condition;
    }
}
