package io.regionwatch.sigma.condition;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a condition into tokens. Keywords are lower case, as pySigma requires; names are letters,
 * digits, {@code _ - .} and the pattern wildcard {@code *}.
 */
final class ConditionLexer {
    private final String text;
    private int pos;

    ConditionLexer(String text) {
        this.text = text;
    }

    /** The tokens, ending with END; throws at the first character that cannot start a token. */
    List<Token> tokens() throws ConditionException {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos == text.length()) {
                out.add(new Token(Token.Kind.END, "", pos));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() throws ConditionException {
        char c = text.charAt(pos);
        if (c == '(' || c == ')') {
            return new Token(c == '(' ? Token.Kind.LPAREN : Token.Kind.RPAREN, String.valueOf(c), pos++);
        }
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw new ConditionException("unexpected character '" + c + "'", start);
        }
        String word = text.substring(start, pos);
        return new Token(kind(word), word, start);
    }

    private static Token.Kind kind(String word) {
        return switch (word) {
            case "and" -> Token.Kind.AND;
            case "or" -> Token.Kind.OR;
            case "not" -> Token.Kind.NOT;
            case "of" -> Token.Kind.OF;
            case "1", "any" -> Token.Kind.ONE;
            case "all" -> Token.Kind.ALL;
            case "them" -> Token.Kind.THEM;
            default -> Token.Kind.NAME;
        };
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '*';
    }
}
