package io.regionwatch.sigma;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.sigma.model.SigmaDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * What loading found, document by document: each outcome has the parsed document (null when the
 * YAML itself was unusable), the compiled rule (null when there were errors) and its diagnostics.
 */
public record LoadReport(List<Outcome> outcomes) {
    public LoadReport {
        outcomes = List.copyOf(outcomes);
    }

    /** One document's result. */
    public record Outcome(String source, SigmaDocument document, CompiledSigmaRule rule, List<Diagnostic> diagnostics) {
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

    public List<CompiledSigmaRule> rules() {
        return outcomes.stream().map(Outcome::rule).filter(r -> r != null).toList();
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
