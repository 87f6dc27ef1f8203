package io.regionwatch.eql.lex;

import io.regionwatch.core.diag.SourceSpan;

/** A read position in the text that tracks line and column as it moves. */
final class Cursor {
    private final String text;
    private final String source;
    private final int firstColumn;
    private int pos;
    private int line;
    private int lineStart;

    Cursor(String text, String source, int firstLine, int firstColumn) {
        this.text = text;
        this.source = source;
        this.line = firstLine;
        this.firstColumn = firstColumn;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    int pos() {
        return pos;
    }

    /** The character {@code ahead} places on, or NUL past the end. */
    char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    char advance() {
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
            lineStart = pos;
        }
        return c;
    }

    /** The span of {@code length} characters starting at the current position (must be {@code at}). */
    SourceSpan span(int at, int length) {
        int column = at - lineStart + 1;
        if (lineStart == 0) {
            column += firstColumn - 1;
        }
        return new SourceSpan(source, line, column, length);
    }

    SourceSpan here() {
        return span(pos, 1);
    }
}
