package io.regionwatch.sigma.convert;

import io.regionwatch.sigma.model.LogSource;
import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaValue;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Lucene query-string syntax (Kibana "Lucene", Elasticsearch {@code query_string}) over ECS keyword
 * fields. A term or wildcard query on a keyword field is case-sensitive and the syntax has no
 * {@code case_insensitive} switch, so Sigma's default becomes a regular expression with every letter
 * as a two-case class ({@code event.action:/[rR][uU][nN].*}/); {@code cased} values stay plain terms
 * and wildcards. Lucene regexes match the whole value and have no flags, so case-insensitive Sigma
 * regexes are reported as unsupported.
 */
public final class LuceneBackend implements Backend {
    /** Characters with a meaning in Lucene's regex syntax (with every optional operator on) and in query strings. */
    private static final String REGEX_SPECIAL = ".?+*|{}[]()\"\\#@&<>~/^$";
    private static final String TERM_SPECIAL = "+-=&|><!(){}[]^\"~*?:\\/ ";

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public String field(FieldMappingPipeline pipeline, String sigmaField) {
        String ecs = pipeline.map(sigmaField);
        return ecs == null ? null : escape(ecs, TERM_SPECIAL);
    }

    @Override
    public String test(String field, SigmaValue value, boolean cased) throws UnsupportedException {
        if (value instanceof SigmaString s) {
            return field + ":" + string(s, cased);
        }
        if (value instanceof SigmaValue.SigmaNumber || value instanceof SigmaValue.SigmaBoolean) {
            String text = value instanceof SigmaValue.SigmaNumber n ? String.valueOf(n.value())
                    : String.valueOf(((SigmaValue.SigmaBoolean) value).value());
            return field + ":" + escape(text, TERM_SPECIAL);
        }
        if (value instanceof SigmaValue.SigmaNull) {
            return "NOT _exists_:" + field;
        }
        if (value instanceof SigmaValue.SigmaExists e) {
            return (e.present() ? "" : "NOT ") + "_exists_:" + field;
        }
        if (value instanceof SigmaValue.SigmaRegex re) {
            if ((re.flags() & com.google.re2j.Pattern.CASE_INSENSITIVE) != 0) {
                throw new UnsupportedException("Lucene regexes have no case-insensitive flag");
            }
            return field + ":/" + Texts.anchoredRegex(re).replace("/", "\\/") + "/";
        }
        if (value instanceof SigmaValue.SigmaCidr c) {
            return field + ":" + Texts.quote(c.block());
        }
        if (value instanceof SigmaValue.SigmaCompare c) {
            return field + ":" + Compare.symbol(c.op()) + c.bound();
        }
        throw new UnsupportedException(Compare.describe(value) + " is not converted to Lucene");
    }

    private static String string(SigmaString s, boolean cased) {
        if (!cased) {
            return "/" + Texts.regex(s, REGEX_SPECIAL, true) + "/";
        }
        StringBuilder out = new StringBuilder();
        for (SigmaString.Part p : s.parts()) {
            out.append(p instanceof SigmaString.Literal l ? escape(l.text(), TERM_SPECIAL) : p == SigmaString.Wild.ANY ? "*" : "?");
        }
        return out.length() == 0 ? "\"\"" : out.toString();
    }

    private static String escape(String s, String special) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (special.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public String anyOf(String field, List<SigmaString> values, boolean cased) {
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.add(string(v, cased)));
        return field + ":(" + String.join(" OR ", parts) + ")";
    }

    @Override
    public String keyword(SigmaString value) {
        return string(value, true);
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

    @Override
    public String query(FieldMappingPipeline pipeline, LogSource source, String condition) {
        StringBuilder q = new StringBuilder();
        ElasticIndices.conditions(pipeline).forEach((f, v) -> q.append(escape(f, TERM_SPECIAL)).append(':').append(Texts.quote(v)).append(" AND "));
        return q + condition;
    }
}
