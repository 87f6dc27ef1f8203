package io.regionwatch.eql.lex;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits EQL text into tokens. Errors (a stray character, an unterminated string, a single-quoted
 * string) are added to the shared diagnostic list and lexing goes on, so one run reports them all.
 * Positions start at a caller-given line and column, for queries embedded in other files.
 */
public final class Lexer {
    private static final Map<String, TokenKind> KEYWORDS = Map.ofEntries(
            Map.entry("and", TokenKind.AND), Map.entry("or", TokenKind.OR), Map.entry("not", TokenKind.NOT),
            Map.entry("in", TokenKind.IN), Map.entry("like", TokenKind.LIKE), Map.entry("regex", TokenKind.REGEX),
            Map.entry("where", TokenKind.WHERE), Map.entry("sequence", TokenKind.SEQUENCE),
            Map.entry("sample", TokenKind.SAMPLE), Map.entry("join", TokenKind.JOIN), Map.entry("by", TokenKind.BY),
            Map.entry("with", TokenKind.WITH), Map.entry("until", TokenKind.UNTIL), Map.entry("any", TokenKind.ANY),
            Map.entry("true", TokenKind.TRUE), Map.entry("false", TokenKind.FALSE), Map.entry("null", TokenKind.NULL),
            Map.entry("of", TokenKind.OF));

    private final String text;
    private final Cursor cursor;
    private final List<Diagnostic> diagnostics;
    private final StringReader strings;
    private final List<Token> tokens = new ArrayList<>();

    public Lexer(String text, String source, int firstLine, int firstColumn, List<Diagnostic> diagnostics) {
        this.text = text;
        this.cursor = new Cursor(text, source, firstLine, firstColumn);
        this.diagnostics = diagnostics;
        this.strings = new StringReader(cursor, diagnostics);
    }

    /** Every token of the text, ending with one EOF token. */
    public List<Token> tokenize() {
        boolean space = false;
        while (true) {
            space |= skipSpaceAndComments();
            if (cursor.atEnd()) {
                tokens.add(new Token(TokenKind.EOF, "", null, cursor.span(cursor.pos(), 0), space));
                return tokens;
            }
            int start = cursor.pos();
            SourceSpan span = cursor.span(start, 0);
            Token token = next(start, span, space);
            if (token != null) {
                tokens.add(token);
            }
            space = false;
        }
    }

    private boolean skipSpaceAndComments() {
        int before = cursor.pos();
        while (!cursor.atEnd()) {
            char c = cursor.peek(0);
            if (Character.isWhitespace(c)) {
                cursor.advance();
            } else if (c == '/' && cursor.peek(1) == '/') {
                while (!cursor.atEnd() && cursor.peek(0) != '\n') {
                    cursor.advance();
                }
            } else if (c == '/' && cursor.peek(1) == '*') {
                skipBlockComment();
            } else {
                break;
            }
        }
        return cursor.pos() > before;
    }

    private void skipBlockComment() {
        SourceSpan start = cursor.span(cursor.pos(), 2);
        cursor.advance();
        cursor.advance();
        while (!cursor.atEnd() && !(cursor.peek(0) == '*' && cursor.peek(1) == '/')) {
            cursor.advance();
        }
        if (cursor.atEnd()) {
            diagnostics.add(Diagnostic.error(start, "unterminated comment"));
            return;
        }
        cursor.advance();
        cursor.advance();
    }

    private Token next(int start, SourceSpan span, boolean space) {
        char c = cursor.peek(0);
        if (isIdentifierStart(c)) {
            return word(start, span, space);
        }
        if (isAsciiDigit(c)) {
            return number(start, span, space);
        }
        if (c == '"') {
            return token(TokenKind.STRING, start, span, strings.read(), space);
        }
        if (c == '`') {
            return token(TokenKind.QUOTED_IDENTIFIER, start, span, strings.readBacktick(), space);
        }
        if (c == '\'') {
            String value = strings.readSingleQuoted();
            diagnostics.add(Diagnostic.error(span, "single-quoted strings are not supported; use double quotes"));
            return token(TokenKind.STRING, start, span, value, space);
        }
        if (c == '?' && cursor.peek(1) == '"') {
            cursor.advance();
            String value = strings.read();
            diagnostics.add(Diagnostic.error(span, "legacy ?\"...\" raw strings are not supported; use \"\"\"...\"\"\""));
            return token(TokenKind.STRING, start, span, value, space);
        }
        TokenKind symbol = Symbols.read(cursor);
        if (symbol == null) {
            cursor.advance();
            diagnostics.add(Diagnostic.error(span, "unexpected character '" + c + "'"));
            return null;
        }
        return token(symbol, start, span, null, space);
    }

    private Token word(int start, SourceSpan span, boolean space) {
        while (!cursor.atEnd() && isIdentifierPart(cursor.peek(0))) {
            cursor.advance();
        }
        String word = text.substring(start, cursor.pos());
        TokenKind kind = KEYWORDS.getOrDefault(word, TokenKind.IDENTIFIER);
        return token(kind, start, span, word, space);
    }

    private Token number(int start, SourceSpan span, boolean space) {
        boolean decimal = false;
        digits();
        if (cursor.peek(0) == '.' && isAsciiDigit(cursor.peek(1))) {
            decimal = true;
            cursor.advance();
            digits();
        }
        char e = cursor.peek(0);
        if ((e == 'e' || e == 'E') && (isAsciiDigit(cursor.peek(1))
                || ((cursor.peek(1) == '-' || cursor.peek(1) == '+') && isAsciiDigit(cursor.peek(2))))) {
            decimal = true;
            cursor.advance();
            cursor.advance();
            digits();
        }
        String literal = text.substring(start, cursor.pos());
        if (decimal) {
            return token(TokenKind.DECIMAL, start, span, Double.parseDouble(literal), space);
        }
        try {
            return token(TokenKind.INTEGER, start, span, Long.parseLong(literal), space);
        } catch (NumberFormatException tooBig) {
            diagnostics.add(Diagnostic.error(span, "number " + literal + " is too large"));
            return token(TokenKind.INTEGER, start, span, 0L, space);
        }
    }

    private void digits() {
        while (isAsciiDigit(cursor.peek(0))) {
            cursor.advance();
        }
    }

    private Token token(TokenKind kind, int start, SourceSpan span, Object value, boolean space) {
        String raw = text.substring(start, cursor.pos());
        SourceSpan full = new SourceSpan(span.source(), span.line(), span.column(), raw.length());
        return new Token(kind, raw, value, full, space);
    }

    /** Only ASCII digits start numbers; other Unicode digits would not parse as Java numbers. */
    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '@';
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || Character.isDigit(c);
    }
}
