package io.regionwatch.eql.lex;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.SourceSpan;
import java.util.List;

/** Reads quoted literals: {@code "..."} with escapes, {@code """raw"""}, backtick names. */
final class StringReader {
    private final Cursor cursor;
    private final List<Diagnostic> diagnostics;

    StringReader(Cursor cursor, List<Diagnostic> diagnostics) {
        this.cursor = cursor;
        this.diagnostics = diagnostics;
    }

    /** At an opening quote: a raw string when three quotes open it, else an escaped one. */
    String read() {
        SourceSpan start = cursor.here();
        if (cursor.peek(1) == '"' && cursor.peek(2) == '"') {
            return readRaw(start);
        }
        cursor.advance();
        StringBuilder out = new StringBuilder();
        while (!cursor.atEnd() && cursor.peek(0) != '"' && cursor.peek(0) != '\n') {
            if (cursor.peek(0) == '\\') {
                escape(out);
            } else {
                out.append(cursor.advance());
            }
        }
        if (cursor.peek(0) != '"') {
            diagnostics.add(Diagnostic.error(start, "unterminated string"));
        } else {
            cursor.advance();
        }
        return out.toString();
    }

    private String readRaw(SourceSpan start) {
        cursor.advance();
        cursor.advance();
        cursor.advance();
        StringBuilder out = new StringBuilder();
        while (!cursor.atEnd() && !(cursor.peek(0) == '"' && cursor.peek(1) == '"' && cursor.peek(2) == '"')) {
            out.append(cursor.advance());
        }
        if (cursor.atEnd()) {
            diagnostics.add(Diagnostic.error(start, "unterminated raw string"));
            return out.toString();
        }
        cursor.advance();
        cursor.advance();
        cursor.advance();
        if (cursor.peek(0) == '"') {
            diagnostics.add(Diagnostic.error(cursor.here(), "a raw string may not contain \"\"\""));
        }
        return out.toString();
    }

    private void escape(StringBuilder out) {
        SourceSpan at = cursor.here();
        cursor.advance();
        char c = cursor.atEnd() ? '\0' : cursor.advance();
        switch (c) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '\\' -> out.append('\\');
            case '"' -> out.append('"');
            case 'u' -> unicode(out, at);
            default -> diagnostics.add(Diagnostic.error(at, "invalid escape sequence '\\" + c
                    + "'; supported: \\n \\r \\t \\\\ \\\" \\u{XXXX}"));
        }
    }

    private void unicode(StringBuilder out, SourceSpan at) {
        if (cursor.peek(0) != '{') {
            diagnostics.add(Diagnostic.error(at, "invalid unicode escape; expected \\u{XXXX} with 2 to 8 hex digits"));
            return;
        }
        cursor.advance();
        StringBuilder hex = new StringBuilder();
        while (Character.digit(cursor.peek(0), 16) >= 0) {
            hex.append(cursor.advance());
        }
        boolean closed = cursor.peek(0) == '}';
        if (closed) {
            cursor.advance();
        }
        if (!closed || hex.length() < 2 || hex.length() > 8) {
            diagnostics.add(Diagnostic.error(at, "invalid unicode escape; expected \\u{XXXX} with 2 to 8 hex digits"));
            return;
        }
        long code = Long.parseLong(hex.toString(), 16);
        if (code > Character.MAX_CODE_POINT || (code >= 0xD800 && code <= 0xDFFF)) {
            diagnostics.add(Diagnostic.error(at, "invalid unicode code point \\u{" + hex + "}"));
            return;
        }
        out.appendCodePoint((int) code);
    }

    String readBacktick() {
        SourceSpan start = cursor.here();
        cursor.advance();
        StringBuilder out = new StringBuilder();
        while (!cursor.atEnd()) {
            char c = cursor.advance();
            if (c != '`') {
                out.append(c);
            } else if (cursor.peek(0) == '`') {
                out.append(cursor.advance());
            } else {
                return out.toString();
            }
        }
        diagnostics.add(Diagnostic.error(start, "unterminated backtick name"));
        return out.toString();
    }

    String readSingleQuoted() {
        cursor.advance();
        StringBuilder out = new StringBuilder();
        while (!cursor.atEnd() && cursor.peek(0) != '\'' && cursor.peek(0) != '\n') {
            out.append(cursor.advance());
        }
        if (cursor.peek(0) == '\'') {
            cursor.advance();
        }
        return out.toString();
    }
}
