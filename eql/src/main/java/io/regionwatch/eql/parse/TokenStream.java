package io.regionwatch.eql.parse;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.eql.lex.Token;
import io.regionwatch.eql.lex.TokenKind;
import java.util.List;

/** Token navigation and error reporting shared by the parser's rules. */
class TokenStream {
    /** Unwinds to the nearest recovery point after a syntax error has been recorded. */
    static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParseError() {
            super(null, null, false, false);
        }
    }

    /** Unwinds the whole query after an expression nested too deep: recovering inside it would recurse as deep again. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    private final List<Token> tokens;
    private final List<Diagnostic> diagnostics;
    private int pos;
    private SourceSpan lastErrorAt;

    TokenStream(List<Token> tokens, List<Diagnostic> diagnostics) {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    int errorCount() {
        return diagnostics.size();
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    boolean check(TokenKind kind) {
        return peek().kind() == kind;
    }

    Token advance() {
        Token t = peek();
        if (t.kind() != TokenKind.EOF) {
            pos++;
        }
        return t;
    }

    boolean match(TokenKind kind) {
        if (check(kind)) {
            advance();
            return true;
        }
        return false;
    }

    /** A {@code ~} written right after the previous token, as in {@code in~} or {@code like~}. */
    boolean matchAdjacentTilde() {
        if (check(TokenKind.TILDE) && !peek().spaceBefore()) {
            advance();
            return true;
        }
        return false;
    }

    Token expect(TokenKind kind) {
        if (check(kind)) {
            return advance();
        }
        throw fail(kind.display());
    }

    /** Records "expected X but found Y" at the current token and returns the error to throw. */
    ParseError fail(String expected) {
        error(peek().span(), "expected " + expected + " but found " + peek().describe());
        return new ParseError();
    }

    /** Records an error; a second error at the same place is dropped as a cascade. */
    void error(SourceSpan span, String message) {
        if (span.equals(lastErrorAt)) {
            return;
        }
        lastErrorAt = span;
        diagnostics.add(Diagnostic.error(span, message));
    }

    /** Skips to just after the {@code ]} closing the current stage, or to a pipe or the end. */
    void skipPastStage() {
        int depth = 0;
        while (!check(TokenKind.EOF) && !check(TokenKind.PIPE)) {
            TokenKind k = advance().kind();
            if (k == TokenKind.LBRACKET || k == TokenKind.MISSING_OPEN) {
                depth++;
            } else if (k == TokenKind.RBRACKET && depth-- == 0) {
                return;
            }
        }
    }

    /**
     * Skips to the next {@code and}/{@code or}, or to a closing token, outside nested brackets;
     * {@code unclosed} parentheses opened inside the failed operand are consumed on the way.
     */
    void skipToOperandEnd(int unclosed) {
        int depth = 0;
        while (!check(TokenKind.EOF) && !check(TokenKind.PIPE)) {
            TokenKind k = peek().kind();
            boolean closer = k == TokenKind.RPAREN || k == TokenKind.RBRACKET;
            if (depth == 0 && k == TokenKind.RPAREN && unclosed > 0) {
                unclosed--;
            } else if (depth == 0 && (closer || k == TokenKind.AND || k == TokenKind.OR || k == TokenKind.COMMA)
                    && unclosed == 0) {
                return;
            } else if (k == TokenKind.LPAREN || k == TokenKind.LBRACKET || k == TokenKind.MISSING_OPEN) {
                depth++;
            } else if (closer && depth > 0) {
                depth--;
            }
            advance();
        }
    }

    void skipToPipe() {
        while (!check(TokenKind.EOF) && !check(TokenKind.PIPE)) {
            advance();
        }
    }
}
