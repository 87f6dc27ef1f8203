package io.regionwatch.eql.lex;

import io.regionwatch.core.diag.SourceSpan;

/**
 * One token: its kind, the exact source text, the decoded value (string contents with escapes
 * applied, Long or Double for numbers, the name for identifiers), and where it starts.
 * {@code spaceBefore} records whether whitespace preceded it, so {@code like~} can require adjacency.
 */
public record Token(TokenKind kind, String text, Object value, SourceSpan span, boolean spaceBefore) {
    /** How the parser names this token in "expected X but found Y". */
    public String describe() {
        return kind == TokenKind.EOF ? "end of query" : "'" + text + "'";
    }
}
