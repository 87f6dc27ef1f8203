package io.regionwatch.core.diag;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when loading found errors; carries every diagnostic, not just the first. */
public final class DiagnosticException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public DiagnosticException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public static DiagnosticException of(SourceSpan span, String message) {
        return new DiagnosticException(List.of(Diagnostic.error(span, message)));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
