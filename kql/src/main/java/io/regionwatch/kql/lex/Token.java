package io.regionwatch.kql.lex;

import java.util.List;

/**
 * One token. For values, {@code parts} is the unescaped text split at every unescaped {@code *}
 * (one part means no wildcard); {@code start}/{@code end} are offsets into the query text.
 */
public record Token(TokenType type, String raw, List<String> parts, int start, int end) {
    public Token {
        parts = List.copyOf(parts);
    }

    /** The unescaped text with wildcards written as {@code *}, for messages and plain literals. */
    public String text() {
        return String.join("*", parts);
    }

    /** How an error message names this token: its kind and, for values, what was written. */
    public String describe() {
        return switch (type) {
            case QUOTED, UNQUOTED -> type.description() + " '" + raw + "'";
            default -> type.description();
        };
    }
}
