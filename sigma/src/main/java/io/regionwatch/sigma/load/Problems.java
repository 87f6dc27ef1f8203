package io.regionwatch.sigma.load;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the diagnostics of one source so that a single run reports all of them. */
public final class Problems {
    private final String source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public Problems(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void error(SourceSpan span, String message) {
        diagnostics.add(Diagnostic.error(span, message));
    }

    public void warning(SourceSpan span, String message) {
        diagnostics.add(Diagnostic.warning(span, message));
    }

    public void error(Node node, String message) {
        error(span(node), message);
    }

    public void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** Number of diagnostics so far, so a caller can tell whether one step added errors. */
    public int errorCount() {
        return (int) diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
    }

    public List<Diagnostic> list() {
        return List.copyOf(diagnostics);
    }

    /** The 1-based position of a node's first character. */
    public SourceSpan span(Node node) {
        return node == null ? SourceSpan.at(source, 1, 1) : span(node.getStartMark().orElse(null));
    }

    public SourceSpan span(Mark mark) {
        return mark == null ? SourceSpan.at(source, 1, 1)
                : SourceSpan.at(source, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
