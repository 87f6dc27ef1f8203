package io.regionwatch.kql.parse;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.kql.ast.Field;
import io.regionwatch.kql.ast.Query;
import io.regionwatch.kql.ast.RangeOp;
import io.regionwatch.kql.ast.Term;
import io.regionwatch.kql.ast.ValueList;
import io.regionwatch.kql.lex.KqlLexer;
import io.regionwatch.kql.lex.SourceMap;
import io.regionwatch.kql.lex.Token;
import io.regionwatch.kql.lex.TokenType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * KQL parser. Grammar (Kibana's {@code grammar.peggy}; {@code not} binds tighter than {@code and},
 * {@code and} tighter than {@code or}, keywords in any case):
 * <pre>
 * query       = orQuery? EOF
 * orQuery     = andQuery ("or" andQuery)*
 * andQuery    = notQuery ("and" notQuery)*
 * notQuery    = "not" subQuery | subQuery
 * subQuery    = "(" orQuery ")" | expression
 * expression  = literal ":" "{" orQuery "}"      nested
 *             | literal ":" listOfValues          field value(s)
 *             | literal rangeOp literal           range
 *             | literal                           value in any field
 * listOfValues = "(" orList ")" | literal
 * orList      = andList ("or" andList)*
 * andList     = notList ("and" notList)*
 * notList     = "not" listOfValues | listOfValues
 * </pre>
 */
public final class KqlParser {
    private static final String OPERAND = "a field name, a value, '(' or 'not'";
    /** Bound on nested parentheses and braces, so hostile text cannot overflow the stack. */
    static final int MAX_DEPTH = 100;
    private final List<Token> tokens;
    private final SourceMap map;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int current;
    private int depth;

    private KqlParser(List<Token> tokens, SourceMap map, List<Diagnostic> lexErrors) {
        this.tokens = tokens;
        this.map = map;
        this.diagnostics.addAll(lexErrors);
    }

    /** Parses {@code text}, whose first character is at {@code line}:{@code column} of {@code source}. */
    public static Query parse(String text, String source, int line, int column) throws DiagnosticException {
        SourceMap map = new SourceMap(text, source, line, column);
        KqlLexer lexer = new KqlLexer(text, map);
        List<Token> tokens = lexer.tokenize();
        return new KqlParser(tokens, map, lexer.diagnostics()).query();
    }

    private Query query() throws DiagnosticException {
        Query result = check(TokenType.EOF) ? new Query.MatchAll(span(peek(), peek())) : null;
        while (result == null) {
            try {
                Query parsed = orQuery();
                if (!check(TokenType.EOF)) {
                    throw error("'and', 'or' or end of input");
                }
                result = parsed;
            } catch (ParseError e) {
                if (!synchronize()) {
                    break;
                }
            }
        }
        if (!diagnostics.isEmpty()) {
            diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.span().line())
                    .thenComparingInt(d -> d.span().column()));
            throw new DiagnosticException(diagnostics);
        }
        return result;
    }

    private Query orQuery() {
        Token first = peek();
        List<Query> operands = new ArrayList<>(List.of(andQuery()));
        while (match(TokenType.OR)) {
            operands.add(andQuery());
        }
        return operands.size() == 1 ? operands.get(0) : new Query.Or(operands, span(first, previous()));
    }

    private Query andQuery() {
        Token first = peek();
        List<Query> operands = new ArrayList<>(List.of(notQuery()));
        while (match(TokenType.AND)) {
            operands.add(notQuery());
        }
        return operands.size() == 1 ? operands.get(0) : new Query.And(operands, span(first, previous()));
    }

    private Query notQuery() {
        Token first = peek();
        if (match(TokenType.NOT)) {
            Query operand = subQuery();
            return new Query.Not(operand, span(first, previous()));
        }
        return subQuery();
    }

    private Query subQuery() {
        if (match(TokenType.LPAREN)) {
            enter();
            Query inner = orQuery();
            consume(TokenType.RPAREN, "'and', 'or' or ')'");
            depth--;
            return inner;
        }
        return expression();
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw errorAt(previous(), "at most " + MAX_DEPTH + " levels of nesting", "another '"
                    + previous().raw() + "'");
        }
    }

    private Query expression() {
        Token first = peek();
        Term literal = literal(OPERAND);
        if (match(TokenType.COLON)) {
            Field field = new Field(literal);
            if (match(TokenType.LBRACE)) {
                enter();
                Query inner = orQuery();
                consume(TokenType.RBRACE, "'and', 'or' or '}'");
                depth--;
                return new Query.Nested(field, inner, span(first, previous()));
            }
            ValueList values = listOfValues("a value, '(' or '{'");
            return new Query.FieldValues(field, values, span(first, previous()));
        }
        RangeOp op = rangeOperator();
        if (op != null) {
            Term bound = literal("a value to compare with");
            return new Query.Range(new Field(literal), op, bound, span(first, previous()));
        }
        return new Query.AnyField(literal, literal.span());
    }

    private RangeOp rangeOperator() {
        RangeOp op = switch (peek().type()) {
            case LT -> RangeOp.LT;
            case LE -> RangeOp.LTE;
            case GT -> RangeOp.GT;
            case GE -> RangeOp.GTE;
            default -> null;
        };
        if (op != null) {
            advance();
        }
        return op;
    }

    private ValueList listOfValues(String expected) {
        if (match(TokenType.LPAREN)) {
            enter();
            ValueList inner = orList();
            consume(TokenType.RPAREN, "'and', 'or' or ')'");
            depth--;
            return inner;
        }
        return literal(expected);
    }

    private ValueList orList() {
        Token first = peek();
        List<ValueList> operands = new ArrayList<>(List.of(andList()));
        while (match(TokenType.OR)) {
            operands.add(andList());
        }
        return operands.size() == 1 ? operands.get(0) : new ValueList.Or(operands, span(first, previous()));
    }

    private ValueList andList() {
        Token first = peek();
        List<ValueList> operands = new ArrayList<>(List.of(notList()));
        while (match(TokenType.AND)) {
            operands.add(notList());
        }
        return operands.size() == 1 ? operands.get(0) : new ValueList.And(operands, span(first, previous()));
    }

    private ValueList notList() {
        Token first = peek();
        if (match(TokenType.NOT)) {
            ValueList operand = listOfValues("a value or '('");
            return new ValueList.Not(operand, span(first, previous()));
        }
        return listOfValues("a value, '(' or 'not'");
    }

    private Term literal(String expected) {
        Token token = peek();
        if (token.type() == TokenType.QUOTED) {
            advance();
            return Term.literal(token.parts().get(0), true, span(token, token));
        }
        if (token.type() == TokenType.UNQUOTED) {
            advance();
            return new Term(token.parts(), false, span(token, token));
        }
        throw error(expected);
    }

    private boolean synchronize() {
        depth = 0;
        while (!check(TokenType.EOF)) {
            if (match(TokenType.AND) || match(TokenType.OR)) {
                return true;
            }
            advance();
        }
        return false;
    }

    private void consume(TokenType type, String expected) {
        if (!match(type)) {
            throw error(expected);
        }
    }

    private ParseError error(String expected) {
        return errorAt(peek(), expected, peek().describe());
    }

    private ParseError errorAt(Token token, String expected, String found) {
        diagnostics.add(Diagnostic.error(span(token, token), "expected " + expected + " but found " + found));
        return new ParseError();
    }

    private SourceSpan span(Token first, Token last) {
        return map.span(first.start(), Math.max(first.start(), last.end()));
    }

    private boolean match(TokenType type) {
        if (check(type)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean check(TokenType type) {
        return peek().type() == type;
    }

    private Token advance() {
        if (!check(TokenType.EOF)) {
            current++;
        }
        return previous();
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token previous() {
        return tokens.get(Math.max(0, current - 1));
    }

    /** Unwinds to the recovery point after an error has been recorded. */
    private static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParseError() {
            super(null, null, false, false);
        }
    }
}
