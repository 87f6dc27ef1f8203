package io.regionwatch.kql.lex;

import io.regionwatch.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits KQL text into tokens following Kibana's grammar: {@code or}/{@code and} are keywords only
 * between whitespace and after a value, {@code not} wherever it is followed by whitespace (even
 * inside a word, as in Kibana), and an unquoted value runs on across spaces until a special
 * character or a keyword. Errors are collected and lexing goes on, so one run reports them all.
 */
public final class KqlLexer {
    private static final String SPECIAL = "\\():<>\"*{}";
    private final String text;
    private final SourceMap map;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int pos;

    public KqlLexer(String text, SourceMap map) {
        this.text = text;
        this.map = map;
    }

    /** All tokens, ending with EOF; read {@link #diagnostics()} afterwards. */
    public List<Token> tokenize() {
        while (true) {
            int before = pos;
            skipSpace();
            if (pos == text.length()) {
                tokens.add(new Token(TokenType.EOF, "", List.of(""), pos, pos));
                return tokens;
            }
            tokens.add(next(pos > before));
        }
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private Token next(boolean afterSpace) {
        int start = pos;
        char c = text.charAt(pos);
        TokenType single = switch (c) {
            case '(' -> TokenType.LPAREN;
            case ')' -> TokenType.RPAREN;
            case '{' -> TokenType.LBRACE;
            case '}' -> TokenType.RBRACE;
            case ':' -> TokenType.COLON;
            default -> null;
        };
        if (single != null) {
            pos++;
            return simple(single, start);
        }
        if (c == '<' || c == '>') {
            return rangeOperator(c, start);
        }
        if (c == '"') {
            return quoted();
        }
        TokenType keyword = keywordAt(afterSpace);
        if (keyword != null) {
            pos += keyword == TokenType.OR ? 2 : 3;
            return simple(keyword, start);
        }
        return unquoted();
    }

    private Token simple(TokenType type, int start) {
        return new Token(type, text.substring(start, pos), List.of(text.substring(start, pos)), start, pos);
    }

    private Token rangeOperator(char c, int start) {
        pos++;
        boolean equals = pos < text.length() && text.charAt(pos) == '=';
        if (equals) {
            pos++;
        }
        TokenType type = c == '<' ? (equals ? TokenType.LE : TokenType.LT) : (equals ? TokenType.GE : TokenType.GT);
        return simple(type, start);
    }

    /** Kibana's Or/And need whitespace on both sides and only follow a value; Not needs whitespace after. */
    private TokenType keywordAt(boolean afterSpace) {
        if (afterSpace && followsValue()) {
            if (wordAt(pos, "or")) {
                return TokenType.OR;
            }
            if (wordAt(pos, "and")) {
                return TokenType.AND;
            }
        }
        return wordAt(pos, "not") ? TokenType.NOT : null;
    }

    private boolean followsValue() {
        if (tokens.isEmpty()) {
            return false;
        }
        TokenType last = tokens.get(tokens.size() - 1).type();
        return last == TokenType.UNQUOTED || last == TokenType.QUOTED
                || last == TokenType.RPAREN || last == TokenType.RBRACE;
    }

    /** True when {@code word} (any case) starts at {@code at} and whitespace follows it. */
    private boolean wordAt(int at, String word) {
        int end = at + word.length();
        return end < text.length() && text.regionMatches(true, at, word, 0, word.length())
                && isSpace(text.charAt(end));
    }

    private Token quoted() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                pos = quotedEscape(value);
            } else {
                value.append(c);
                pos++;
            }
        }
        if (pos == text.length()) {
            error(start, pos, "expected '\"' to close the quoted string but found end of input");
        } else {
            pos++;
        }
        return new Token(TokenType.QUOTED, text.substring(start, pos), List.of(value.toString()), start, pos);
    }

    /** Inside quotes only {@code \t \r \n \\uXXXX \\ \"} are escapes; any other backslash is literal. */
    private int quotedEscape(StringBuilder value) {
        char next = text.charAt(pos + 1);
        String whitespace = escapedWhitespace(next);
        if (whitespace != null) {
            value.append(whitespace);
            return pos + 2;
        }
        int unicode = unicodeAt(pos + 1);
        if (unicode >= 0) {
            value.append((char) unicode);
            return pos + 6;
        }
        if (next == '\\' || next == '"') {
            value.append(next);
            return pos + 2;
        }
        value.append('\\');
        return pos + 1;
    }

    private Token unquoted() {
        UnquotedScanner scanner = new UnquotedScanner();
        int start = pos;
        int end = scanner.scan();
        return new Token(TokenType.UNQUOTED, text.substring(start, end), scanner.parts(), start, end);
    }

    /** Collects one unquoted value: its parts between wildcards, unescaped, then trimmed as Kibana trims. */
    private final class UnquotedScanner {
        private final List<StringBuilder> parts = new ArrayList<>(List.of(new StringBuilder()));
        private int end = pos;

        int scan() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (isSpace(c)) {
                    if (!spaceContinuesValue()) {
                        break;
                    }
                    continue;
                }
                if (wordAt(pos, "not") || (SPECIAL.indexOf(c) >= 0 && c != '\\' && c != '*')) {
                    break;
                }
                if (c == '\\') {
                    pos = unquotedEscape(current());
                } else if (c == '*') {
                    parts.add(new StringBuilder());
                    pos++;
                } else {
                    current().append(c);
                    pos++;
                }
                end = pos;
            }
            pos = end;
            return end;
        }

        /** Consumes a run of whitespace if the value goes on after it; false at a keyword or the end. */
        private boolean spaceContinuesValue() {
            int after = pos;
            while (after < text.length() && isSpace(text.charAt(after))) {
                after++;
            }
            if (after == text.length() || wordAt(after, "or") || wordAt(after, "and")) {
                return false;
            }
            char c = text.charAt(after);
            if (SPECIAL.indexOf(c) >= 0 && c != '\\' && c != '*') {
                return false;
            }
            current().append(text, pos, after);
            pos = after;
            return true;
        }

        private StringBuilder current() {
            return parts.get(parts.size() - 1);
        }

        List<String> parts() {
            List<String> out = new ArrayList<>();
            for (StringBuilder part : parts) {
                out.add(part.toString());
            }
            out.set(0, JsTrim.leading(out.get(0)));
            int last = out.size() - 1;
            out.set(last, JsTrim.trailing(out.get(last)));
            return out;
        }
    }

    /** Kibana's order: escaped whitespace, special character, unicode, keyword; so {@code \not} is a newline and "ot". */
    private int unquotedEscape(StringBuilder value) {
        if (pos + 1 >= text.length()) {
            error(pos, pos + 1, "expected an escape sequence after '\\' but found end of input");
            return pos + 1;
        }
        char next = text.charAt(pos + 1);
        String whitespace = escapedWhitespace(next);
        if (whitespace != null || SPECIAL.indexOf(next) >= 0) {
            value.append(whitespace != null ? whitespace : String.valueOf(next));
            return pos + 2;
        }
        int unicode = unicodeAt(pos + 1);
        if (unicode >= 0) {
            value.append((char) unicode);
            return pos + 6;
        }
        for (String keyword : new String[] {"and", "or", "not"}) {
            if (text.regionMatches(true, pos + 1, keyword, 0, keyword.length())) {
                value.append(text, pos + 1, pos + 1 + keyword.length());
                return pos + 1 + keyword.length();
            }
        }
        error(pos, pos + 2, "expected an escape sequence (\\\\ \\( \\) \\: \\< \\> \\\" \\* \\{ \\} \\t \\r \\n"
                + " \\uXXXX \\and \\or \\not) but found '\\" + next + "'");
        value.append(next);
        return pos + 2;
    }

    private static String escapedWhitespace(char c) {
        return switch (c) {
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'n' -> "\n";
            default -> null;
        };
    }

    /** The code unit of {@code uXXXX} at {@code at}, or -1. */
    private int unicodeAt(int at) {
        if (at + 5 > text.length() || text.charAt(at) != 'u') {
            return -1;
        }
        int value = 0;
        for (int i = at + 1; i <= at + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private void skipSpace() {
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Kibana's Space rule: space, tab, CR, LF and no-break space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0';
    }

    private void error(int start, int end, String message) {
        diagnostics.add(Diagnostic.error(map.span(start, end), message));
    }
}
