package io.regionwatch.sigma.convert;

import com.google.re2j.Pattern;
import io.regionwatch.sigma.load.Problems;
import io.regionwatch.sigma.model.DetectionItem;
import io.regionwatch.sigma.modifier.ModifierChain;
import io.regionwatch.sigma.modifier.ModifierException;
import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaValue;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaBoolean;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaCidr;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaCompare;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaExists;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaFieldRef;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaNull;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaNumber;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaRegex;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one detection item as an EQL expression: {@code :} (case-insensitive, wildcards) for
 * strings, {@code ==}/{@code like} with {@code cased}, {@code regex}/{@code regex~},
 * {@code cidrMatch}, comparisons, {@code == null}. Keyword search and date parts have no EQL
 * form and are reported.
 */
final class EqlItemWriter {
    private final FieldMappingPipeline pipeline;
    private final Map<String, List<String>> placeholders;
    private final Problems problems;

    EqlItemWriter(FieldMappingPipeline pipeline, Map<String, List<String>> placeholders, Problems problems) {
        this.pipeline = pipeline;
        this.placeholders = placeholders;
        this.problems = problems;
    }

    /** The expression, or null after reporting why there is none. */
    String write(DetectionItem item) {
        if (item.field() == null) {
            problems.error(item.span(), "keyword (full-text) search has no EQL equivalent");
            return null;
        }
        String field = field(item.field(), item);
        List<SigmaValue> values = new ArrayList<>();
        for (DetectionItem.RawValue raw : item.values()) {
            Object v = raw.value();
            values.add(v == null ? new SigmaNull() : v instanceof String s ? SigmaString.parse(s)
                    : v instanceof Boolean b ? new SigmaBoolean(b) : new SigmaNumber((Number) v));
        }
        ModifierChain chain;
        try {
            chain = ModifierChain.apply(item.modifiers(), values, placeholders);
        } catch (ModifierException e) {
            problems.error(item.span(), e.getMessage());
            return null;
        }
        if (field == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (SigmaValue v : chain.values()) {
            parts.add(value(field, v, chain.cased(), item));
        }
        if (parts.contains(null)) {
            return null;
        }
        String joined = parts.size() == 1 ? parts.get(0) : "(" + String.join(chain.all() ? " and " : " or ", parts) + ")";
        return chain.neq() ? "not " + joined : joined;
    }

    private String field(String sigma, DetectionItem item) {
        String mapped = pipeline.map(sigma);
        if (mapped == null) {
            problems.error(item.span(), "field '" + sigma + "' has no mapping in pipeline '" + pipeline.name() + "'");
        }
        return mapped == null ? null : EqlText.field(mapped);
    }

    private String value(String field, SigmaValue v, boolean cased, DetectionItem item) {
        if (v instanceof SigmaString s) {
            return string(field, s, cased);
        }
        if (v instanceof SigmaNumber n) {
            return field + " == " + n.value();
        }
        if (v instanceof SigmaBoolean b) {
            return field + " == " + b.value();
        }
        if (v instanceof SigmaNull) {
            return field + " == null";
        }
        if (v instanceof SigmaExists e) {
            return field + (e.present() ? " != null" : " == null");
        }
        if (v instanceof SigmaRegex re) {
            return regex(field, re);
        }
        if (v instanceof SigmaCidr c) {
            return "cidrMatch(" + field + ", " + EqlText.string(c.block()) + ")";
        }
        if (v instanceof SigmaCompare c) {
            String op = switch (c.op()) {
                case LT -> " < ";
                case LE -> " <= ";
                case GT -> " > ";
                case GE -> " >= ";
            };
            return field + op + c.bound();
        }
        if (v instanceof SigmaFieldRef) {
            // Elastic EQL rejects field-to-field comparisons ("compare a field with a constant")
            problems.error(item.span(), "fieldref (field-to-field comparison) has no EQL equivalent");
            return null;
        }
        problems.error(item.span(), "this modifier has no EQL equivalent");
        return null;
    }

    private static String string(String field, SigmaString s, boolean cased) {
        if (!EqlText.globbable(s)) {
            return field + (cased ? " regex " : " regex~ ") + EqlText.string(EqlText.regex(s));
        }
        String pattern = EqlText.string(EqlText.glob(s));
        if (!cased) {
            return field + " : " + pattern;
        }
        return field + (s.hasWildcards() ? " like " : " == ") + pattern;
    }

    /** EQL regexes are anchored (Lucene); Sigma's are searched, so unanchored ends get {@code .*}. */
    private static String regex(String field, SigmaRegex re) {
        String p = re.pattern();
        String body = (p.startsWith("^") ? p.substring(1) : ".*" + p);
        body = body.endsWith("$") && !body.endsWith("\\$") ? body.substring(0, body.length() - 1) : body + ".*";
        boolean insensitive = (re.flags() & Pattern.CASE_INSENSITIVE) != 0;
        return field + (insensitive ? " regex~ " : " regex ") + EqlText.string(body);
    }
}
