package io.regionwatch.eql.lex;

/** Reads operator and punctuation tokens, longest first ({@code <=} before {@code <}). */
final class Symbols {
    private Symbols() {
    }

    static TokenKind read(Cursor cursor) {
        char c = cursor.peek(0);
        char n = cursor.peek(1);
        TokenKind two = two(c, n);
        if (two != null) {
            cursor.advance();
            cursor.advance();
            return two;
        }
        TokenKind one = one(c);
        if (one != null) {
            cursor.advance();
        }
        return one;
    }

    private static TokenKind two(char c, char n) {
        if (c == '=' && n == '=') {
            return TokenKind.EQ;
        }
        if (c == '!' && n == '=') {
            return TokenKind.NEQ;
        }
        if (c == '<' && n == '=') {
            return TokenKind.LTE;
        }
        if (c == '>' && n == '=') {
            return TokenKind.GTE;
        }
        if (c == '!' && n == '[') {
            return TokenKind.MISSING_OPEN;
        }
        return null;
    }

    private static TokenKind one(char c) {
        return switch (c) {
            case '<' -> TokenKind.LT;
            case '>' -> TokenKind.GT;
            case '=' -> TokenKind.ASSIGN;
            case ':' -> TokenKind.COLON;
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '%' -> TokenKind.PERCENT;
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case '[' -> TokenKind.LBRACKET;
            case ']' -> TokenKind.RBRACKET;
            case ',' -> TokenKind.COMMA;
            case '.' -> TokenKind.DOT;
            case '|' -> TokenKind.PIPE;
            case '~' -> TokenKind.TILDE;
            case '?' -> TokenKind.QUESTION;
            default -> null;
        };
    }
}
