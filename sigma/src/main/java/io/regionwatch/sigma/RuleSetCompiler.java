package io.regionwatch.sigma;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.match.AllOf;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.sigma.compile.RuleCompiler;
import io.regionwatch.sigma.compile.SigmaDetection;
import io.regionwatch.sigma.load.Problems;
import io.regionwatch.sigma.model.SigmaDocument;
import io.regionwatch.sigma.model.SigmaFilter;
import io.regionwatch.sigma.model.SigmaRule;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the documents of one load together, because filters and correlations refer to rules of
 * the same set by id or name: rules first, then filters ANDed onto the rules they name, then
 * correlations over the compiled rules.
 */
final class RuleSetCompiler {
    private final RuleCompiler compiler;
    private final io.regionwatch.sigma.correlation.CorrelationLimits correlationLimits;

    RuleSetCompiler(SigmaOptions options) {
        this.compiler = new RuleCompiler(options.pipelines(), options.placeholders());
        this.correlationLimits = options.correlationLimits();
    }

    /** A rule being assembled: its document, problems and matcher (null after an error). */
    static final class Entry {
        final SigmaDocument document;
        final Problems problems;
        Matcher matcher;
        FieldMappingPipeline pipeline;
        CompiledSigmaRule compiled;
        /**
         * Makes the detection a correlation feeds on. Stateful correlations get a fresh instance per
         * user, so a chained correlation never shares (and double-feeds) the state of the standalone one.
         */
        java.util.function.Supplier<io.regionwatch.core.engine.Detection> factory;
        /** Referenced by a correlation that does not {@code generate} its base rules: no alerts of its own. */
        boolean referencedOnly;

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
                e.pipeline = compiler.pipeline(rule.logSource(), e.problems);
                e.matcher = rule(rule, e.pipeline, e.problems);
            }
            entries.add(e);
        }
        for (Entry e : entries) {
            if (e.document instanceof SigmaFilter filter) {
                new FilterApplier(compiler).apply(filter, e.problems, entries);
            }
        }
        for (Entry e : entries) {
            if (e.document instanceof SigmaRule rule && e.matcher != null && !e.problems.hasErrors()) {
                SigmaDetection detection = new SigmaDetection(e.matcher);
                String query = rule.detection().conditions().stream().map(c -> c.text().strip())
                        .collect(java.util.stream.Collectors.joining(" | "));
                e.compiled = new CompiledSigmaRule(rule.meta(), e.problems.source(), query, detection, warnings(e.problems));
                e.factory = () -> detection;
            }
        }
        new CorrelationLinker(correlationLimits).link(entries);
        List<LoadReport.Outcome> outcomes = new ArrayList<>();
        for (Entry e : entries) {
            outcomes.add(new LoadReport.Outcome(e.problems.source(), e.document, e.compiled, e.problems.list(),
                    e.referencedOnly));
        }
        return new LoadReport(outcomes);
    }

    private Matcher rule(SigmaRule rule, FieldMappingPipeline pipeline, Problems problems) {
        Matcher detection = compiler.compile(rule.detection(), pipeline, problems);
        if (pipeline == null || detection == null || problems.hasErrors()) {
            return null;
        }
        return new AllOf(List.of(RuleCompiler.logSourceMatcher(pipeline), detection));
    }

    static List<Diagnostic> warnings(Problems problems) {
        return problems.list().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    }
}
