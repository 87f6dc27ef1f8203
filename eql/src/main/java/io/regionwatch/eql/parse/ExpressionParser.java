package io.regionwatch.eql.parse;

import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.eql.ast.Expr.ArithOp;
import io.regionwatch.eql.ast.Expr.CompareOp;
import io.regionwatch.eql.ast.Expr.MatchKind;
import io.regionwatch.eql.lex.Token;
import io.regionwatch.eql.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The expression grammar, loosest binding first:
 * <pre>
 * expression     = and ("or" and)*
 * and            = not ("and" not)*
 * not            = "not" not | predicate
 * predicate      = additive [compareOp additive | ["not"] "in"["~"] list | matchOp patterns]
 * additive       = multiplicative (("+"|"-") multiplicative)*
 * multiplicative = unary (("*"|"/"|"%") unary)*
 * unary          = "-" unary | "+" unary | primary
 * primary        = literal | call | field | "(" expression ")"
 * </pre>
 */
final class ExpressionParser {
    /**
     * Deepest expression tree accepted (nesting plus and/or/arithmetic chain length): the parser,
     * verifier, compiler and evaluator all recurse over the tree, and hostile text must not overflow them.
     */
    static final int MAX_DEPTH = 500;
    /** A parenthesis, call or list costs the parser about ten stack frames, so it counts for five levels (100 in all). */
    private static final int NESTED_EXPRESSION = 5;
    private final TokenStream in;
    /** Parentheses opened and not yet closed, so recovery knows how many a failed operand left open. */
    private int openParens;
    /** Depth of the tree being built above the current token. */
    private int depth;

    ExpressionParser(TokenStream in) {
        this.in = in;
    }

    Expr expression() {
        int before = deeper(NESTED_EXPRESSION);
        Expr left = and();
        while (in.check(TokenKind.OR)) {
            SourceSpan at = in.advance().span();
            deeper(1);
            left = new Expr.Or(left, and(), at);
        }
        depth = before;
        return left;
    }

    private Expr and() {
        int before = depth;
        Expr left = guarded();
        while (in.check(TokenKind.AND)) {
            SourceSpan at = in.advance().span();
            deeper(1);
            left = new Expr.And(left, guarded(), at);
        }
        depth = before;
        return left;
    }

    /** Adds levels to the tree being built; returns the depth before, for the caller to restore. */
    private int deeper(int levels) {
        int before = depth;
        depth += levels;
        if (depth > MAX_DEPTH) {
            in.error(in.peek().span(), "expression nests deeper than " + MAX_DEPTH + " levels");
            throw new TokenStream.TooDeep();
        }
        return before;
    }

    /**
     * One operand of {@code and}/{@code or}; after a syntax error inside it, skips to the next
     * {@code and}/{@code or} or closing token so the errors of later operands are reported too.
     */
    private Expr guarded() {
        Token start = in.peek();
        int parensBefore = openParens;
        int depthBefore = depth;
        try {
            return not();
        } catch (TokenStream.ParseError e) {
            in.skipToOperandEnd(openParens - parensBefore);
            openParens = parensBefore;
            depth = depthBefore;
            return new Expr.Literal(null, start.span());
        }
    }

    private Expr not() {
        if (in.check(TokenKind.NOT)) {
            SourceSpan at = in.advance().span();
            int before = deeper(1);
            Expr operand = not();
            depth = before;
            return new Expr.Not(operand, at);
        }
        return predicate();
    }

    private Expr predicate() {
        Expr left = additive();
        Token op = in.peek();
        CompareOp compare = compareOp(op.kind());
        if (compare != null) {
            in.advance();
            Expr result = new Expr.Compare(compare, left, additive(), op.span());
            if (compareOp(in.peek().kind()) != null || in.check(TokenKind.ASSIGN)) {
                in.error(in.peek().span(), "chained comparisons are not supported; combine them with 'and'");
                throw new TokenStream.ParseError();
            }
            return result;
        }
        return switch (op.kind()) {
            case ASSIGN -> assignment(left, op);
            case NOT, IN -> membership(left);
            case COLON, LIKE, REGEX -> match(left);
            default -> left;
        };
    }

    /** {@code =} is a common slip; report it and read on as {@code ==} to find later errors too. */
    private Expr assignment(Expr left, Token op) {
        in.advance();
        in.error(op.span(), "'=' is not supported; use '==' or ':'");
        return new Expr.Compare(CompareOp.EQ, left, additive(), op.span());
    }

    private Expr membership(Expr left) {
        Token start = in.peek();
        boolean negated = in.match(TokenKind.NOT);
        if (!in.check(TokenKind.IN)) {
            throw in.fail("'in'");
        }
        in.advance();
        boolean insensitive = in.matchAdjacentTilde();
        List<Expr> items = new ArrayList<>();
        open();
        do {
            items.add(expression());
        } while (in.match(TokenKind.COMMA));
        close();
        return new Expr.In(left, items, negated, insensitive, start.span());
    }

    private Expr match(Expr left) {
        Token op = in.advance();
        MatchKind kind = op.kind() == TokenKind.COLON ? MatchKind.SEQ
                : op.kind() == TokenKind.LIKE ? MatchKind.LIKE : MatchKind.REGEX;
        boolean insensitive = kind == MatchKind.SEQ || in.matchAdjacentTilde();
        List<Expr.Literal> patterns = new ArrayList<>();
        boolean list = in.check(TokenKind.LPAREN);
        if (list) {
            open();
            do {
                patterns.add(pattern());
            } while (in.match(TokenKind.COMMA));
            close();
        } else {
            patterns.add(pattern());
        }
        return new Expr.Match(left, kind, insensitive, patterns, list, op.span());
    }

    private Expr.Literal pattern() {
        Token t = in.peek();
        if (t.kind() != TokenKind.STRING) {
            throw in.fail("a string pattern");
        }
        in.advance();
        return new Expr.Literal(t.value(), t.span());
    }

    private Expr additive() {
        int before = depth;
        Expr left = multiplicative();
        while (in.check(TokenKind.PLUS) || in.check(TokenKind.MINUS)) {
            Token op = in.advance();
            deeper(1);
            ArithOp kind = op.kind() == TokenKind.PLUS ? ArithOp.ADD : ArithOp.SUB;
            left = new Expr.Arithmetic(kind, left, multiplicative(), op.span());
        }
        depth = before;
        return left;
    }

    private Expr multiplicative() {
        int before = depth;
        Expr left = unary();
        while (in.check(TokenKind.STAR) || in.check(TokenKind.SLASH) || in.check(TokenKind.PERCENT)) {
            Token op = in.advance();
            deeper(1);
            ArithOp kind = switch (op.kind()) {
                case STAR -> ArithOp.MUL;
                case SLASH -> ArithOp.DIV;
                default -> ArithOp.MOD;
            };
            left = new Expr.Arithmetic(kind, left, unary(), op.span());
        }
        depth = before;
        return left;
    }

    private Expr unary() {
        if (in.check(TokenKind.MINUS)) {
            SourceSpan at = in.advance().span();
            int before = deeper(1);
            Expr operand = unary();
            depth = before;
            if (operand instanceof Expr.Literal lit && lit.value() instanceof Long n) {
                return new Expr.Literal(-n, at);
            }
            if (operand instanceof Expr.Literal lit && lit.value() instanceof Double d) {
                return new Expr.Literal(-d, at);
            }
            return new Expr.Negate(operand, at);
        }
        if (in.match(TokenKind.PLUS)) {
            int before = deeper(1);
            Expr operand = unary();
            depth = before;
            return operand;
        }
        return primary();
    }

    /** A primary followed by method calls: {@code value:fn(args)} is {@code fn(value, args)}, as ES still accepts. */
    private Expr primary() {
        int before = depth;
        Expr e = atom();
        while (in.check(TokenKind.COLON) && in.peekAt(1).kind() == TokenKind.IDENTIFIER
                && (in.peekAt(2).kind() == TokenKind.LPAREN || in.peekAt(2).kind() == TokenKind.TILDE)) {
            in.advance();
            deeper(1);
            e = call(e);
        }
        depth = before;
        return e;
    }

    private Expr atom() {
        Token t = in.peek();
        switch (t.kind()) {
            case STRING, INTEGER, DECIMAL -> {
                in.advance();
                return new Expr.Literal(t.value(), t.span());
            }
            case TRUE, FALSE -> {
                in.advance();
                return new Expr.Literal(t.kind() == TokenKind.TRUE, t.span());
            }
            case NULL -> {
                in.advance();
                return new Expr.Literal(null, t.span());
            }
            case LPAREN -> {
                open();
                Expr inner = expression();
                close();
                return inner;
            }
            case QUESTION -> {
                in.advance();
                return field(true, t.span());
            }
            case IDENTIFIER -> {
                if (in.peekAt(1).kind() == TokenKind.OF) {
                    in.error(t.span(), "'" + t.text() + " of' relationships are not supported by Elasticsearch EQL");
                    throw new TokenStream.ParseError();
                }
                return isCall() ? call(null) : field(false, t.span());
            }
            case QUOTED_IDENTIFIER -> {
                return field(false, t.span());
            }
            default -> throw in.fail("an expression");
        }
    }

    private boolean isCall() {
        TokenKind next = in.peekAt(1).kind();
        return next == TokenKind.LPAREN
                || (next == TokenKind.TILDE && in.peekAt(2).kind() == TokenKind.LPAREN);
    }

    private Expr call(Expr receiver) {
        Token name = in.advance();
        boolean insensitive = in.match(TokenKind.TILDE);
        open();
        List<Expr> args = new ArrayList<>();
        if (receiver != null) {
            args.add(receiver);
        }
        if (!in.check(TokenKind.RPAREN)) {
            do {
                args.add(expression());
            } while (in.match(TokenKind.COMMA));
        }
        close();
        return new Expr.Call((String) name.value(), insensitive, args, name.span());
    }

    /** {@code name(.name)*}; after a dot any word is a name, so {@code event.sequence} works. */
    Expr.Field field(boolean optional, SourceSpan start) {
        StringBuilder name = new StringBuilder(segment());
        while (in.check(TokenKind.DOT)) {
            in.advance();
            name.append('.').append(segment());
        }
        return new Expr.Field(name.toString(), optional, start);
    }

    private String segment() {
        Token t = in.peek();
        boolean word = t.kind() == TokenKind.IDENTIFIER || t.kind() == TokenKind.QUOTED_IDENTIFIER
                || (t.value() instanceof String && Character.isLetter(t.text().charAt(0)) && t.kind() != TokenKind.STRING);
        if (!word) {
            throw in.fail("a field name");
        }
        in.advance();
        String value = (String) t.value();
        if (value.isEmpty()) {
            in.error(t.span(), "empty field name");
        }
        return value;
    }

    private void open() {
        in.expect(TokenKind.LPAREN);
        openParens++;
    }

    private void close() {
        in.expect(TokenKind.RPAREN);
        openParens--;
    }

    private static CompareOp compareOp(TokenKind kind) {
        return switch (kind) {
            case EQ -> CompareOp.EQ;
            case NEQ -> CompareOp.NEQ;
            case LT -> CompareOp.LT;
            case LTE -> CompareOp.LTE;
            case GT -> CompareOp.GT;
            case GTE -> CompareOp.GTE;
            default -> null;
        };
    }
}
