package io.regionwatch.sigma.compile;

import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.AllOf;
import io.regionwatch.core.match.AnyOf;
import io.regionwatch.core.match.FieldMatches;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.Not;
import io.regionwatch.core.match.TermSet;
import io.regionwatch.sigma.condition.Condition;
import io.regionwatch.sigma.condition.ConditionParser;
import io.regionwatch.sigma.load.Problems;
import io.regionwatch.sigma.model.Detection;
import io.regionwatch.sigma.model.DetectionItem;
import io.regionwatch.sigma.model.LogSource;
import io.regionwatch.sigma.model.SearchIdentifier;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import io.regionwatch.sigma.pipeline.Pipelines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compiles a detection (search identifiers plus condition) under the pipeline of its log source.
 * Everything is checked even after the first error, so one load reports every problem.
 */
public final class RuleCompiler {
    private final Pipelines pipelines;
    private final Map<String, List<String>> placeholders;

    public RuleCompiler(Pipelines pipelines, Map<String, List<String>> placeholders) {
        this.pipelines = pipelines;
        this.placeholders = Map.copyOf(placeholders);
    }

    /** The pipeline of a log source, or null after reporting that there is none. */
    public FieldMappingPipeline pipeline(LogSource source, Problems problems) {
        FieldMappingPipeline p = pipelines.forLogSource(source).orElse(null);
        if (p == null) {
            List<String> known = pipelines.all().stream().map(FieldMappingPipeline::name).toList();
            problems.error(source.span(), "no field-mapping pipeline for log source " + source
                    + "; regionwatch normalizes only " + known);
        }
        return p;
    }

    /** The log source as a matcher: every condition of the pipeline, exact and case-sensitive. */
    public static Matcher logSourceMatcher(FieldMappingPipeline pipeline) {
        List<Matcher> parts = new ArrayList<>();
        pipeline.conditions().forEach((field, value) ->
                parts.add(new FieldMatches(FieldPath.of(field), new TermSet(List.of(value), false))));
        return parts.size() == 1 ? parts.get(0) : new AllOf(parts);
    }

    /** The detection's matcher (without the log-source condition), or null when it has errors. */
    public Matcher compile(Detection detection, FieldMappingPipeline pipeline, Problems problems) {
        int before = problems.errorCount();
        ItemCompiler items = new ItemCompiler(pipeline, placeholders, problems);
        Map<String, Matcher> searches = new LinkedHashMap<>();
        for (SearchIdentifier search : detection.searches().values()) {
            searches.put(search.name(), search(search, items));
        }
        List<Matcher> conditions = new ArrayList<>();
        for (Detection.ConditionText text : detection.conditions()) {
            ConditionParser.Result parsed = ConditionParser.parse(text.text(), text.span());
            if (parsed.error() != null) {
                problems.add(parsed.error());
            } else {
                conditions.add(condition(parsed.condition(), searches, problems));
            }
        }
        if (problems.errorCount() > before || conditions.contains(null)) {
            return null;
        }
        warnUnused(detection, searches.keySet(), problems);
        return conditions.size() == 1 ? conditions.get(0) : new AnyOf(conditions);
    }

    /** A search the condition never uses is almost always a typo in the condition; say so. */
    private void warnUnused(Detection detection, java.util.Set<String> names, Problems problems) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Detection.ConditionText text : detection.conditions()) {
            collect(ConditionParser.parse(text.text(), text.span()).condition(), names, used);
        }
        for (SearchIdentifier s : detection.searches().values()) {
            if (!used.contains(s.name())) {
                problems.warning(s.span(), "search identifier '" + s.name() + "' is not used by the condition");
            }
        }
    }

    private static void collect(Condition c, java.util.Set<String> names, java.util.Set<String> used) {
        if (c instanceof Condition.Ref ref) {
            used.add(ref.name());
        } else if (c instanceof Condition.Not not) {
            collect(not.operand(), names, used);
        } else if (c instanceof Condition.And and) {
            and.operands().forEach(o -> collect(o, names, used));
        } else if (c instanceof Condition.Or or) {
            or.operands().forEach(o -> collect(o, names, used));
        } else if (c instanceof Condition.Of of) {
            Pattern p = identifierPattern(of);
            names.stream().filter(n -> p == null ? !n.startsWith("_") : p.matcher(n).matches()).forEach(used::add);
        }
    }

    /** The identifiers an {@code x of} names: {@code *} matches any run; null for {@code them}. */
    private static Pattern identifierPattern(Condition.Of of) {
        return of.pattern() == null ? null : Pattern.compile(Pattern.quote(of.pattern()).replace("*", "\\E.*\\Q"));
    }

    private static Matcher search(SearchIdentifier search, ItemCompiler items) {
        List<Matcher> alternatives = new ArrayList<>();
        for (List<DetectionItem> group : search.alternatives()) {
            List<Matcher> all = new ArrayList<>();
            for (DetectionItem item : group) {
                all.add(items.compile(item));
            }
            alternatives.add(all.size() == 1 ? all.get(0) : new AllOf(all));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new AnyOf(alternatives);
    }

    private Matcher condition(Condition c, Map<String, Matcher> searches, Problems problems) {
        if (c instanceof Condition.Ref ref) {
            if (!searches.containsKey(ref.name())) {
                problems.error(ref.span(), "condition names unknown search identifier '" + ref.name()
                        + "'; defined: " + searches.keySet());
            }
            return searches.get(ref.name());
        }
        if (c instanceof Condition.Not not) {
            Matcher inner = condition(not.operand(), searches, problems);
            return inner == null ? null : new Not(inner);
        }
        if (c instanceof Condition.Of of) {
            return quantified(of, searches, problems);
        }
        boolean and = c instanceof Condition.And;
        List<Condition> operands = and ? ((Condition.And) c).operands() : ((Condition.Or) c).operands();
        List<Matcher> parts = new ArrayList<>();
        for (Condition operand : operands) {
            parts.add(condition(operand, searches, problems));
        }
        if (parts.contains(null)) {
            return null;
        }
        return and ? new AllOf(parts) : new AnyOf(parts);
    }

    /** {@code 1 of x*} / {@code all of x*} / {@code ... of them}: a pattern matching nothing is an error. */
    private static Matcher quantified(Condition.Of of, Map<String, Matcher> searches, Problems problems) {
        Pattern pattern = identifierPattern(of);
        List<Matcher> picked = new ArrayList<>();
        for (Map.Entry<String, Matcher> e : searches.entrySet()) {
            boolean hit = pattern == null ? !e.getKey().startsWith("_") : pattern.matcher(e.getKey()).matches();
            if (hit) {
                picked.add(e.getValue());
            }
        }
        if (picked.isEmpty()) {
            problems.error(of.span(), "'" + (of.all() ? "all" : "1") + " of " + (of.pattern() == null ? "them" : of.pattern())
                    + "' matches no search identifier; defined: " + searches.keySet());
            return null;
        }
        if (picked.contains(null)) {
            return null;
        }
        return of.all() ? new AllOf(picked) : new AnyOf(picked);
    }
}
