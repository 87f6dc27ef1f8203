package io.regionwatch.core.diag;

/**
 * A place in a user-written text: source name (a file path, or a label such as {@code <query>}),
 * 1-based line and column of the first character, and the length in characters (0 when unknown).
 */
public record SourceSpan(String source, int line, int column, int length) {
    public static SourceSpan at(String source, int line, int column) {
        return new SourceSpan(source, line, column, 0);
    }

    /** {@code path:line:col}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
