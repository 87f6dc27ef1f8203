package io.regionwatch.sigma.condition;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the grammar
 * <pre>
 * condition := or END
 * or        := and ("or" and)*
 * and       := not ("and" not)*
 * not       := "not" not | primary
 * primary   := "(" or ")" | quantifier | NAME
 * quantifier:= ("1" | "any" | "all") "of" (NAME | "them")
 * </pre>
 */
public final class ConditionParser {
    private final String text;
    private final SourceSpan origin;
    /** Parentheses and 'not' nest this deep at most; deeper, the recursive descent would overflow the stack. */
    static final int MAX_DEPTH = 100;
    private List<Token> tokens;
    private int index;
    private int depth;

    private ConditionParser(String text, SourceSpan origin) {
        this.text = text;
        this.origin = origin;
    }

    /** Parses {@code text}, which starts at {@code origin}; a syntax error becomes one positioned diagnostic. */
    public static Result parse(String text, SourceSpan origin) {
        ConditionParser parser = new ConditionParser(text, origin);
        try {
            parser.tokens = new ConditionLexer(text).tokens();
            Condition c = parser.or();
            parser.expect(Token.Kind.END, "'and', 'or' or the end of the condition");
            return new Result(c, null);
        } catch (ConditionException e) {
            return new Result(null, Diagnostic.error(parser.at(e.offset()), "condition: " + e.getMessage()));
        }
    }

    /** A parsed condition, or the diagnostic that explains why there is none. */
    public record Result(Condition condition, Diagnostic error) {
    }

    private Condition or() throws ConditionException {
        Token first = peek();
        List<Condition> operands = new ArrayList<>(List.of(and()));
        while (match(Token.Kind.OR)) {
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.Or(operands, at(first.offset()));
    }

    private Condition and() throws ConditionException {
        Token first = peek();
        List<Condition> operands = new ArrayList<>(List.of(not()));
        while (match(Token.Kind.AND)) {
            operands.add(not());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.And(operands, at(first.offset()));
    }

    private Condition not() throws ConditionException {
        Token first = peek();
        if (match(Token.Kind.NOT)) {
            enter(first);
            Condition operand = not();
            depth--;
            return new Condition.Not(operand, at(first.offset()));
        }
        return primary();
    }

    private Condition primary() throws ConditionException {
        Token t = advance();
        switch (t.kind()) {
            case LPAREN -> {
                enter(t);
                Condition inner = or();
                expect(Token.Kind.RPAREN, "')'");
                depth--;
                return inner;
            }
            case ONE, ALL -> {
                return quantifier(t);
            }
            case NAME -> {
                if (t.text().contains("*")) {
                    throw new ConditionException("pattern '" + t.text() + "' needs '1 of' or 'all of'", t.offset());
                }
                return new Condition.Ref(t.text(), at(t.offset()));
            }
            default -> throw new ConditionException("expected a search identifier, '(' , 'not' or 'x of', found "
                    + describe(t), t.offset());
        }
    }

    private void enter(Token at) throws ConditionException {
        if (++depth > MAX_DEPTH) {
            throw new ConditionException("condition nests deeper than " + MAX_DEPTH + " levels", at.offset());
        }
    }

    private Condition quantifier(Token first) throws ConditionException {
        expect(Token.Kind.OF, "'of' after '" + first.text() + "'");
        Token target = advance();
        if (target.kind() != Token.Kind.NAME && target.kind() != Token.Kind.THEM) {
            throw new ConditionException("expected a search identifier pattern or 'them', found " + describe(target),
                    target.offset());
        }
        String pattern = target.kind() == Token.Kind.THEM ? null : target.text();
        return new Condition.Of(first.kind() == Token.Kind.ALL, pattern, at(first.offset()));
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token advance() {
        Token t = tokens.get(index);
        if (t.kind() != Token.Kind.END) {
            index++;
        }
        return t;
    }

    private boolean match(Token.Kind kind) {
        if (peek().kind() == kind) {
            index++;
            return true;
        }
        return false;
    }

    private void expect(Token.Kind kind, String what) throws ConditionException {
        Token t = peek();
        if (!match(kind)) {
            throw new ConditionException("expected " + what + ", found " + describe(t), t.offset());
        }
    }

    private static String describe(Token t) {
        return t.kind() == Token.Kind.END ? "the end of the condition" : "'" + t.text() + "'";
    }

    /** The source position of an offset, following newlines in block-scalar conditions. */
    SourceSpan at(int offset) {
        int line = origin.line();
        int column = origin.column();
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return SourceSpan.at(origin.source(), line, column);
    }
}
