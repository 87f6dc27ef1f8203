package io.regionwatch.sigma;

import io.regionwatch.core.event.FieldPath;
import io.regionwatch.sigma.correlation.CorrelationDetection;
import io.regionwatch.sigma.correlation.Member;
import io.regionwatch.sigma.correlation.Threshold;
import io.regionwatch.sigma.load.Problems;
import io.regionwatch.sigma.model.SigmaCorrelation;
import io.regionwatch.sigma.model.SigmaCorrelation.Type;
import io.regionwatch.sigma.model.SigmaDocument;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves correlation rules against the compiled rules of the same load, by id or name. A
 * correlation may refer to another correlation (chaining) defined anywhere in the set; group-by
 * and value fields are Sigma names mapped through each referenced rule's pipeline, after aliases.
 */
final class CorrelationLinker {
    private final Map<String, RuleSetCompiler.Entry> byRef = new HashMap<>();
    private final io.regionwatch.sigma.correlation.CorrelationLimits limits;

    CorrelationLinker(io.regionwatch.sigma.correlation.CorrelationLimits limits) {
        this.limits = limits;
    }

    void link(List<RuleSetCompiler.Entry> entries) {
        for (RuleSetCompiler.Entry e : entries) {
            if (e.compiled != null) {
                register(e);
            }
        }
        List<RuleSetCompiler.Entry> pending = new ArrayList<>();
        for (RuleSetCompiler.Entry e : entries) {
            if (e.document instanceof SigmaCorrelation && !e.problems.hasErrors()) {
                pending.add(e);
            }
        }
        // Each pass links the correlations whose references are all compiled; chains resolve in passes.
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = pending.removeIf(e -> ready((SigmaCorrelation) e.document) && linkOne(e));
        }
        for (RuleSetCompiler.Entry e : pending) {
            SigmaCorrelation c = (SigmaCorrelation) e.document;
            for (String ref : c.rules()) {
                if (!byRef.containsKey(ref)) {
                    e.problems.error(c.span(), "correlation refers to rule '" + ref + "', which is not loaded, has errors,"
                            + " or is part of a reference cycle");
                }
            }
        }
    }

    private void register(RuleSetCompiler.Entry e) {
        SigmaDocument doc = e.document;
        if (doc.meta().id() != null) {
            byRef.put(doc.meta().id(), e);
        }
        if (doc.meta().name() != null) {
            byRef.put(doc.meta().name(), e);
        }
    }

    private boolean ready(SigmaCorrelation c) {
        return c.rules().stream().allMatch(byRef::containsKey);
    }

    /** Links one correlation; true when it is done with (linked or rejected). */
    private boolean linkOne(RuleSetCompiler.Entry e) {
        SigmaCorrelation c = (SigmaCorrelation) e.document;
        List<MemberSpec> specs = new ArrayList<>();
        for (String ref : c.rules()) {
            MemberSpec m = member(c, ref, byRef.get(ref), e.problems);
            if (m != null) {
                specs.add(m);
            }
        }
        if (e.problems.hasErrors()) {
            return true;
        }
        Threshold threshold = new Threshold(c.condition().isEmpty() ? Map.of("gte", c.rules().size()) : c.condition());
        if (c.type() == Type.VALUE_PERCENTILE && c.percentile() == null) {
            // spec v2.1 gives this type one sentence and an example without a percentile; say which reading applies
            e.problems.warning(c.span(), "value_percentile without condition.percentile: read as each value's share, in percent,"
                    + " of the group's events (the specification's example); add 'percentile: P' to compare the P-th percentile"
                    + " of a numeric field instead (pySigma)");
        }
        Integer percentile = c.type() == Type.VALUE_MEDIAN ? Integer.valueOf(50) : c.percentile();
        // reported under the id the engine's rule gets (CompiledSigmaRule.id), so the summary names the rule users see
        String ruleId = c.meta().id() != null ? c.meta().id() : c.meta().title();
        e.factory = () -> new CorrelationDetection(c.type(),
                specs.stream().map(MemberSpec::instantiate).toList(), c.timespanMillis(), threshold, percentile, ruleId, limits);
        e.compiled = new CompiledSigmaRule(c.meta(), e.problems.source(), summary(c, threshold), e.factory.get(),
                RuleSetCompiler.warnings(e.problems));
        e.pipeline = byRef.get(c.rules().get(0)).pipeline;
        if (!c.generate()) {
            c.rules().forEach(ref -> byRef.get(ref).referencedOnly = true);
        }
        register(e);
        return true;
    }

    /** e.g. {@code value_count(awsRegion) of [run_instances] by [userIdentity.userName] within 600s where {gte=3}}. */
    private static String summary(SigmaCorrelation c, Threshold threshold) {
        String type = c.type().name().toLowerCase(java.util.Locale.ROOT);
        boolean share = c.type() == Type.VALUE_PERCENTILE && c.percentile() == null;
        String args = c.conditionField() == null ? "" : share ? "(share of " + c.conditionField() + ")"
                : "(" + c.conditionField() + (c.percentile() == null ? "" : ", " + c.percentile()) + ")";
        return type + args + " of " + c.rules()
                + " by " + c.groupBy() + " within " + c.timespanMillis() / 1000 + "s where " + new java.util.TreeMap<>(threshold.bounds());
    }

    /** A resolved reference; each instantiation gets its own detection from the target's factory. */
    private record MemberSpec(String ref, RuleSetCompiler.Entry target, List<FieldPath> groupBy, FieldPath value) {
        Member instantiate() {
            return new Member(ref, target.factory.get(), groupBy, value);
        }
    }

    private MemberSpec member(SigmaCorrelation c, String ref, RuleSetCompiler.Entry target, Problems problems) {
        List<FieldPath> groupBy = new ArrayList<>();
        for (String field : c.groupBy()) {
            Map<String, String> alias = c.aliases().get(field);
            // aliases are keyed by rule name (spec), while rules may be referenced by id
            String name = alias == null ? field : alias.getOrDefault(ref, alias.get(target.document.meta().name()));
            if (name == null) {
                problems.error(c.span(), "alias '" + field + "' names no field for rule '" + ref + "'");
                return null;
            }
            groupBy.add(map(name, target.pipeline, problems, c));
        }
        FieldPath value = c.conditionField() == null ? null : map(c.conditionField(), target.pipeline, problems, c);
        return groupBy.contains(null) || (c.conditionField() != null && value == null) ? null
                : new MemberSpec(ref, target, groupBy, value);
    }

    private static FieldPath map(String field, FieldMappingPipeline pipeline, Problems problems, SigmaCorrelation c) {
        String mapped = pipeline == null ? field : pipeline.map(field);
        if (mapped == null) {
            problems.error(c.span(), "correlation field '" + field + "' has no mapping in pipeline '" + pipeline.name() + "'");
            return null;
        }
        return FieldPath.of(mapped);
    }
}
