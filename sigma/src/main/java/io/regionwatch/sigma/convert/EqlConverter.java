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
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sigma detection rule to an Elastic EQL event query over regionwatch's ECS fields, for example
 * {@code any where event.dataset == "aws.cloudtrail" and (event.action : "EnableRegion")}.
 */
public final class EqlConverter {
    private final SigmaOptions options;

    public EqlConverter(SigmaOptions options) {
        this.options = options;
    }

    /** The EQL query; throws with every construct that has no EQL form. */
    public String convert(SigmaRule rule, String sourceName) throws DiagnosticException {
        Problems problems = new Problems(sourceName);
        FieldMappingPipeline pipeline = options.pipelines().forLogSource(rule.logSource()).orElse(null);
        if (pipeline == null) {
            problems.error(rule.logSource().span(), "no field-mapping pipeline for log source " + rule.logSource());
            throw new DiagnosticException(problems.list());
        }
        EqlItemWriter items = new EqlItemWriter(pipeline, options.placeholders(), problems);
        Map<String, String> searches = new LinkedHashMap<>();
        for (SearchIdentifier s : rule.detection().searches().values()) {
            searches.put(s.name(), search(s, items));
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
        if (problems.hasErrors()) {
            throw new DiagnosticException(problems.list());
        }
        StringBuilder where = new StringBuilder();
        pipeline.conditions().forEach((f, v) -> where.append(EqlText.field(f)).append(" == ").append(EqlText.string(v)).append(" and "));
        String body = conditions.size() == 1 ? conditions.get(0) : String.join(" or ", conditions);
        return "any where " + where + "(" + body + ")";
    }

    private static String search(SearchIdentifier s, EqlItemWriter items) {
        List<String> alternatives = new ArrayList<>();
        for (List<DetectionItem> group : s.alternatives()) {
            List<String> all = new ArrayList<>();
            for (DetectionItem item : group) {
                all.add(items.write(item));
            }
            alternatives.add(all.size() == 1 ? all.get(0) : "(" + String.join(" and ", all) + ")");
        }
        return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" or ", alternatives) + ")";
    }

    private static String condition(Condition c, Map<String, String> searches, Problems problems) {
        if (c instanceof Condition.Ref ref) {
            if (!searches.containsKey(ref.name())) {
                problems.error(ref.span(), "condition names unknown search identifier '" + ref.name() + "'");
            }
            return searches.get(ref.name());
        }
        if (c instanceof Condition.Not not) {
            return "not " + paren(condition(not.operand(), searches, problems));
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
                return null;
            }
            return picked.size() == 1 ? picked.get(0) : "(" + String.join(of.all() ? " and " : " or ", picked) + ")";
        }
        boolean and = c instanceof Condition.And;
        List<String> parts = new ArrayList<>();
        for (Condition operand : and ? ((Condition.And) c).operands() : ((Condition.Or) c).operands()) {
            parts.add(paren(condition(operand, searches, problems)));
        }
        return "(" + String.join(and ? " and " : " or ", parts) + ")";
    }

    private static String paren(String s) {
        return s == null || s.startsWith("(") ? s : "(" + s + ")";
    }
}
