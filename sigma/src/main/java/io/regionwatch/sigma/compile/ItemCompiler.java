package io.regionwatch.sigma.compile;

import io.regionwatch.core.match.AnyTest;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.AllOf;
import io.regionwatch.core.match.AnyOf;
import io.regionwatch.core.match.FieldExists;
import io.regionwatch.core.match.FieldMatches;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.Not;
import io.regionwatch.core.match.TermSet;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.sigma.load.Problems;
import io.regionwatch.sigma.model.DetectionItem;
import io.regionwatch.sigma.modifier.ModifierChain;
import io.regionwatch.sigma.modifier.ModifierException;
import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaValue;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaExists;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaFieldRef;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaNull;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compiles one {@code field|modifiers: values} item to a matcher, reporting problems at the item. */
final class ItemCompiler {
    private final FieldMappingPipeline pipeline;
    private final Map<String, List<String>> placeholders;
    private final Problems problems;

    /** @param pipeline null when the log source has none (already reported): fields are then used as written */
    ItemCompiler(FieldMappingPipeline pipeline, Map<String, List<String>> placeholders, Problems problems) {
        this.pipeline = pipeline;
        this.placeholders = placeholders;
        this.problems = problems;
    }

    /** The matcher, or null when the item has an error (then reported). */
    Matcher compile(DetectionItem item) {
        // The field, the values and the modifiers are each checked, so one item reports all its problems.
        FieldPath path = item.field() == null ? null : path(item.field(), item.span());
        List<SigmaValue> values = rawValues(item);
        if (values == null) {
            return null;
        }
        ModifierChain chain;
        try {
            chain = ModifierChain.apply(item.modifiers(), values, placeholders);
        } catch (ModifierException e) {
            problems.error(item.span(), label(item) + ": " + e.getMessage());
            return null;
        }
        if (item.field() != null && path == null) {
            return null;
        }
        Matcher m = item.field() == null ? keywords(item, chain) : field(path, item, chain);
        return m == null || !chain.neq() ? m : new Not(m);
    }

    private List<SigmaValue> rawValues(DetectionItem item) {
        List<SigmaValue> out = new ArrayList<>();
        for (DetectionItem.RawValue raw : item.values()) {
            Object v = raw.value();
            if (v == null && item.values().size() > 1) {
                problems.error(raw.span(), label(item) + ": null cannot be part of a value list (the spec wants it in a selection of its own)");
                return null;
            }
            out.add(v == null ? new SigmaNull() : v instanceof String s ? SigmaString.parse(s)
                    : v instanceof Boolean b ? new SigmaValue.SigmaBoolean(b) : new SigmaValue.SigmaNumber((Number) v));
        }
        return out;
    }

    /** Keywords match anywhere in any value of the event, so each is searched as a substring. */
    private Matcher keywords(DetectionItem item, ModifierChain chain) {
        List<Matcher> parts = new ArrayList<>();
        for (SigmaValue v : chain.values()) {
            SigmaValue searched = v instanceof SigmaValue.SigmaNumber n ? SigmaString.literal(String.valueOf(n.value())) : v;
            if (searched instanceof SigmaString s) {
                searched = s.prependAny().appendAny();
            } else if (!(searched instanceof SigmaValue.SigmaRegex)) {
                problems.error(item.span(), "keyword search: " + describe(v) + " cannot be searched for without a field");
                return null;
            }
            parts.add(new KeywordMatcher(ValueTests.test(searched, !chain.cased())));
        }
        return combine(parts, chain.all());
    }

    private Matcher field(FieldPath path, DetectionItem item, ModifierChain chain) {
        boolean fold = !chain.cased();
        if (chain.all()) {
            List<Matcher> each = new ArrayList<>();
            for (SigmaValue v : chain.values()) {
                each.add(single(path, v, fold, item.span()));
            }
            return each.contains(null) ? null : new AllOf(each);
        }
        return anyValue(path, chain.values(), fold, item.span());
    }

    /** ORed values: every plain term in one hash set, other tests in one list, one field lookup. */
    private Matcher anyValue(FieldPath path, List<SigmaValue> values, boolean fold, SourceSpan span) {
        List<Object> terms = new ArrayList<>();
        List<ValueTest> tests = new ArrayList<>();
        List<Matcher> others = new ArrayList<>();
        for (SigmaValue v : values) {
            Object term = ValueTests.term(v);
            if (term != null) {
                terms.add(term);
            } else if (isFieldLevel(v)) {
                others.add(single(path, v, fold, span));
            } else {
                tests.add(ValueTests.test(v, fold));
            }
        }
        if (!terms.isEmpty()) {
            tests.add(0, new TermSet(terms, fold));
        }
        if (!tests.isEmpty()) {
            others.add(new FieldMatches(path, AnyTest.of(tests)));
        }
        return others.contains(null) ? null : combine(others, false);
    }

    private static boolean isFieldLevel(SigmaValue v) {
        return v instanceof SigmaNull || v instanceof SigmaExists || v instanceof SigmaFieldRef;
    }

    private Matcher single(FieldPath path, SigmaValue v, boolean fold, SourceSpan span) {
        if (v instanceof SigmaNull) {
            return new Not(new FieldExists(path));
        }
        if (v instanceof SigmaExists e) {
            return e.present() ? new FieldExists(path) : new Not(new FieldExists(path));
        }
        if (v instanceof SigmaFieldRef ref) {
            FieldPath other = path(ref.field(), span);
            return other == null ? null : new FieldRefMatcher(path, other, ref.match(), fold);
        }
        return new FieldMatches(path, ValueTests.test(v, fold));
    }

    /** The ECS path of a Sigma field; an unmapped field is an error so a rule can never silently not match. */
    private FieldPath path(String field, SourceSpan span) {
        String mapped = pipeline == null ? field : pipeline.map(field);
        if (mapped == null) {
            problems.error(span, "field '" + field + "' has no mapping in pipeline '" + pipeline.name()
                    + "'; add it to the pipeline or use the ECS field name");
            return null;
        }
        try {
            return FieldPath.of(mapped);
        } catch (IllegalArgumentException e) {
            problems.error(span, "field '" + field + "': " + e.getMessage());
            return null;
        }
    }

    private static Matcher combine(List<Matcher> parts, boolean all) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return all ? new AllOf(parts) : new AnyOf(parts);
    }

    private static String label(DetectionItem item) {
        String mods = item.modifiers().isEmpty() ? "" : "|" + String.join("|", item.modifiers());
        return "'" + (item.field() == null ? "" : item.field()) + mods + "'";
    }

    private static String describe(SigmaValue v) {
        return v.getClass().getSimpleName().replace("Sigma", "").toLowerCase(java.util.Locale.ROOT) + " value";
    }
}
