package io.regionwatch.core.diag;

/** One problem found while loading user-written text, printed as {@code path:line:col: severity: message}. */
public record Diagnostic(Severity severity, SourceSpan span, String message) {
    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(SourceSpan span, String message) {
        return new Diagnostic(Severity.ERROR, span, message);
    }

    public static Diagnostic warning(SourceSpan span, String message) {
        return new Diagnostic(Severity.WARNING, span, message);
    }

    @Override
    public String toString() {
        return span + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
