package io.regionwatch.sigma;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.sigma.model.SigmaDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * What loading found, document by document: each outcome has the parsed document (null when the
 * YAML itself was unusable), the compiled rule (null when there were errors), its diagnostics,
 * and whether it only feeds a correlation.
 */
public record LoadReport(List<Outcome> outcomes) {
    public LoadReport {
        outcomes = List.copyOf(outcomes);
    }

    /** One document's result. */
    public record Outcome(String source, SigmaDocument document, CompiledSigmaRule rule, List<Diagnostic> diagnostics,
            boolean referencedOnly) {
        public Outcome {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean ok() {
            return rule != null || (document != null && errors().isEmpty());
        }

        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        }
    }

    /**
     * The rules to run: every compiled rule except base rules that a correlation uses without
     * {@code generate: true} (the spec's default is that those raise no alerts of their own).
     */
    public List<CompiledSigmaRule> rules() {
        return outcomes.stream().filter(o -> o.rule() != null && !o.referencedOnly()).map(Outcome::rule).toList();
    }

    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        outcomes.forEach(o -> out.addAll(o.diagnostics()));
        return out;
    }

    public boolean hasErrors() {
        return outcomes.stream().anyMatch(o -> !o.errors().isEmpty());
    }
}
