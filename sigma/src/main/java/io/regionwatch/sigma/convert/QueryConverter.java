package io.regionwatch.sigma.convert;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.condition.Condition;
import io.regionwatch.sigma.condition.ConditionParser;
import io.regionwatch.sigma.load.Problems;
import io.regionwatch.sigma.model.Detection;
import io.regionwatch.sigma.model.DetectionItem;
import io.regionwatch.sigma.model.SearchIdentifier;
import io.regionwatch.sigma.model.SigmaRule;
import io.regionwatch.sigma.modifier.ModifierChain;
import io.regionwatch.sigma.modifier.ModifierException;
import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaValue;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Sigma detection rule as a query of one {@link Backend}: the same modifier application as the
 * compiler (so placeholders, {@code windash}, {@code base64} and so on are expanded identically),
 * then the backend's text for every test and operator. Every construct the target cannot express
 * is reported with its position, and the conversion fails with all of them.
 */
public final class QueryConverter {
    private final Backend backend;
    private final SigmaOptions options;

    public QueryConverter(Backend backend, SigmaOptions options) {
        this.backend = backend;
        this.options = options;
    }

    public String convert(SigmaRule rule, String sourceName) throws DiagnosticException {
        return convert(rule, sourceName, true);
    }

    /**
     * The rule's condition alone, without the log source's part (index, table, source type): for a
     * target that combines several rules into one query (ES|QL temporal correlations).
     */
    public String condition(SigmaRule rule, String sourceName) throws DiagnosticException {
        return convert(rule, sourceName, false);
    }

    private String convert(SigmaRule rule, String sourceName, boolean whole) throws DiagnosticException {
        Problems problems = new Problems(sourceName);
        FieldMappingPipeline pipeline = options.pipelines().forLogSource(rule.logSource()).orElse(null);
        if (pipeline == null) {
            problems.error(rule.logSource().span(), "no field-mapping pipeline for log source " + rule.logSource());
            throw new DiagnosticException(problems.list());
        }
        Map<String, String> searches = new LinkedHashMap<>();
        for (SearchIdentifier s : rule.detection().searches().values()) {
            searches.put(s.name(), search(s, pipeline, problems));
        }
        List<String> conditions = new ArrayList<>();
        for (Detection.ConditionText text : rule.detection().conditions()) {
            ConditionParser.Result parsed = ConditionParser.parse(text.text(), text.span());
            if (parsed.error() != null) {
                problems.add(parsed.error());
            } else {
                conditions.add(condition(parsed.condition(), searches, problems));
            }
        }
        String query = null;
        if (!problems.hasErrors()) {
            String condition = conditions.size() == 1 ? conditions.get(0) : backend.or(conditions);
            try {
                query = whole ? backend.query(pipeline, rule.logSource(), condition) : condition;
            } catch (UnsupportedException e) {
                problems.error(rule.logSource().span(), e.getMessage());
            }
        }
        if (problems.hasErrors()) {
            throw new DiagnosticException(problems.list());
        }
        return query;
    }

    private String search(SearchIdentifier s, FieldMappingPipeline pipeline, Problems problems) {
        List<String> alternatives = new ArrayList<>();
        for (List<DetectionItem> group : s.alternatives()) {
            List<String> all = new ArrayList<>();
            for (DetectionItem item : group) {
                all.add(item(item, pipeline, problems));
            }
            alternatives.add(all.size() == 1 ? all.get(0) : backend.and(all));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : backend.or(alternatives);
    }

    private String item(DetectionItem item, FieldMappingPipeline pipeline, Problems problems) {
        List<SigmaValue> values = new ArrayList<>();
        for (DetectionItem.RawValue raw : item.values()) {
            Object v = raw.value();
            values.add(v == null ? new SigmaValue.SigmaNull() : v instanceof String s ? SigmaString.parse(s)
                    : v instanceof Boolean b ? new SigmaValue.SigmaBoolean(b) : new SigmaValue.SigmaNumber((Number) v));
        }
        try {
            ModifierChain chain = ModifierChain.apply(item.modifiers(), values, options.placeholders());
            if (item.field() == null) {
                List<String> words = new ArrayList<>();
                for (SigmaValue v : chain.values()) {
                    words.add(backend.keyword((SigmaString) v));
                }
                return words.size() == 1 ? words.get(0) : backend.or(words);
            }
            String field = backend.field(pipeline, item.field());
            if (field == null) {
                throw new UnsupportedException("field '" + item.field() + "' has no " + backend.name() + " name for this log source");
            }
            String text = values(field, chain);
            return chain.neq() ? backend.not(text) : text;
        } catch (ModifierException | UnsupportedException | ClassCastException e) {
            problems.error(item.span(), e instanceof ClassCastException ? "keyword search needs strings" : e.getMessage());
            return "?";
        }
    }

    private String values(String field, ModifierChain chain) throws UnsupportedException {
        List<SigmaValue> values = chain.values();
        if (values.size() > 1 && !chain.all() && values.stream().allMatch(v -> v instanceof SigmaString)) {
            List<SigmaString> strings = values.stream().map(v -> (SigmaString) v).toList();
            String list = backend.anyOf(field, strings, chain.cased());
            if (list != null) {
                return list;
            }
        }
        List<String> parts = new ArrayList<>();
        for (SigmaValue v : values) {
            parts.add(backend.test(field, v, chain.cased()));
        }
        return parts.size() == 1 ? parts.get(0) : chain.all() ? backend.and(parts) : backend.or(parts);
    }

    private String condition(Condition c, Map<String, String> searches, Problems problems) {
        if (c instanceof Condition.Ref ref) {
            if (!searches.containsKey(ref.name())) {
                problems.error(ref.span(), "condition names unknown search identifier '" + ref.name() + "'");
                return "?";
            }
            return searches.get(ref.name());
        }
        if (c instanceof Condition.Not not) {
            return backend.not(condition(not.operand(), searches, problems));
        }
        if (c instanceof Condition.Of of) {
            Pattern p = of.pattern() == null ? null : Pattern.compile(Pattern.quote(of.pattern()).replace("*", "\\E.*\\Q"));
            List<String> picked = new ArrayList<>();
            searches.forEach((name, text) -> {
                if (p == null ? !name.startsWith("_") : p.matcher(name).matches()) {
                    picked.add(text);
                }
            });
            if (picked.isEmpty()) {
                problems.error(of.span(), "'x of' matches no search identifier");
                return "?";
            }
            return picked.size() == 1 ? picked.get(0) : of.all() ? backend.and(picked) : backend.or(picked);
        }
        boolean and = c instanceof Condition.And;
        List<String> parts = new ArrayList<>();
        for (Condition operand : and ? ((Condition.And) c).operands() : ((Condition.Or) c).operands()) {
            parts.add(condition(operand, searches, problems));
        }
        return and ? backend.and(parts) : backend.or(parts);
    }
}
