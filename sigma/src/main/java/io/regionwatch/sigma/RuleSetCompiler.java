package io.regionwatch.sigma;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.match.AllOf;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.sigma.compile.RuleCompiler;
import io.regionwatch.sigma.compile.SigmaDetection;
import io.regionwatch.sigma.load.Problems;
import io.regionwatch.sigma.model.SigmaCorrelation;
import io.regionwatch.sigma.model.SigmaDocument;
import io.regionwatch.sigma.model.SigmaFilter;
import io.regionwatch.sigma.model.SigmaRule;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the documents of one load together, because filters and correlations refer to rules of
 * the same set by id or name: rules first, then filters ANDed onto the rules they name, then
 * correlations over the compiled rules.
 */
final class RuleSetCompiler {
    private final SigmaOptions options;
    private final RuleCompiler compiler;

    RuleSetCompiler(SigmaOptions options) {
        this.options = options;
        this.compiler = new RuleCompiler(options.pipelines(), options.placeholders());
    }

    /** A rule being assembled: its document, problems and matcher (null after an error). */
    static final class Entry {
        final SigmaDocument document;
        final Problems problems;
        Matcher matcher;

        Entry(SigmaDocument document, Problems problems) {
            this.document = document;
            this.problems = problems;
        }
    }

    LoadReport compile(List<Sigma.Parsed> parsed) {
        List<Entry> entries = new ArrayList<>();
        for (Sigma.Parsed p : parsed) {
            Entry e = new Entry(p.document(), p.problems());
            if (p.document() instanceof SigmaRule rule) {
                e.matcher = rule(rule, e.problems);
            }
            entries.add(e);
        }
        for (Entry e : entries) {
            if (e.document instanceof SigmaFilter filter) {
                new FilterApplier(compiler).apply(filter, e.problems, entries);
            }
        }
        Map<String, CompiledSigmaRule> byRef = new LinkedHashMap<>();
        List<LoadReport.Outcome> outcomes = new ArrayList<>();
        for (Entry e : entries) {
            outcomes.add(outcome(e, byRef));
        }
        return new LoadReport(outcomes);
    }

    private Matcher rule(SigmaRule rule, Problems problems) {
        FieldMappingPipeline pipeline = compiler.pipeline(rule.logSource(), problems);
        Matcher detection = compiler.compile(rule.detection(), pipeline, problems);
        if (pipeline == null || detection == null || problems.hasErrors()) {
            return null;
        }
        return new AllOf(List.of(RuleCompiler.logSourceMatcher(pipeline), detection));
    }

    private LoadReport.Outcome outcome(Entry e, Map<String, CompiledSigmaRule> byRef) {
        String source = e.problems.source();
        CompiledSigmaRule compiled = null;
        if (e.document instanceof SigmaRule rule && e.matcher != null && !e.problems.hasErrors()) {
            compiled = new CompiledSigmaRule(rule.meta(), source, new SigmaDetection(e.matcher), warnings(e.problems));
            register(byRef, rule.meta().id(), rule.meta().name(), compiled);
        } else if (e.document instanceof SigmaCorrelation c && !e.problems.hasErrors()) {
            e.problems.error(c.span(), "correlation rules are parsed but not evaluated yet");
        }
        return new LoadReport.Outcome(source, e.document, compiled, e.problems.list());
    }

    static void register(Map<String, CompiledSigmaRule> byRef, String id, String name, CompiledSigmaRule rule) {
        if (id != null) {
            byRef.put(id, rule);
        }
        if (name != null) {
            byRef.put(name, rule);
        }
    }

    private static List<Diagnostic> warnings(Problems problems) {
        return problems.list().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    }

    SigmaOptions options() {
        return options;
    }
}
