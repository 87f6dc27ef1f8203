package io.regionwatch.eql.parse;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.eql.ast.EventFilter;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.eql.ast.Pipe;
import io.regionwatch.eql.ast.Query;
import io.regionwatch.eql.ast.Stage;
import io.regionwatch.eql.ast.Statement;
import io.regionwatch.eql.lex.Token;
import io.regionwatch.eql.lex.TokenKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement grammar:
 * <pre>
 * statement  = query ("|" pipe)* EOF
 * query      = sequence | sample | eventQuery
 * sequence   = "sequence" [joinKeys] [with] stage stage+ ["until" stage]   (with/by either order)
 * sample     = "sample" [joinKeys] stage stage+
 * stage      = ("[" | "![") eventFilter "]" [joinKeys] ["with" "runs" "=" INTEGER]
 * eventFilter= ("any" | IDENTIFIER | STRING) "where" expression
 * joinKeys   = "by" expression ("," expression)*
 * pipe       = IDENTIFIER [INTEGER]
 * </pre>
 * Returns null when errors were found; they are in the diagnostic list.
 */
public final class Parser {
    private final TokenStream in;
    private final ExpressionParser expressions;
    private boolean queryClean;

    public Parser(List<Token> tokens, List<Diagnostic> diagnostics) {
        this.in = new TokenStream(tokens, diagnostics);
        this.expressions = new ExpressionParser(in);
    }

    public Statement statement() {
        Query query = null;
        int errorsBefore = in.errorCount();
        try {
            query = query();
            if (!in.check(TokenKind.PIPE) && !in.check(TokenKind.EOF)) {
                throw in.fail(query instanceof Query.EventQuery ? "'and', 'or', '|' or end of query" : "'|' or end of query");
            }
            queryClean = in.errorCount() == errorsBefore;
        } catch (TokenStream.ParseError | TokenStream.TooDeep recovered) {
            in.skipToPipe();
        }
        List<Pipe> pipes = new ArrayList<>();
        while (in.match(TokenKind.PIPE)) {
            try {
                pipes.add(pipe());
            } catch (TokenStream.ParseError recovered) {
                in.skipToPipe();
            }
        }
        return new Statement(query, pipes);
    }

    /** Whether the query part (before any pipe) parsed without a syntax error, so it can be verified. */
    public boolean queryClean() {
        return queryClean;
    }

    private Query query() {
        Token t = in.peek();
        return switch (t.kind()) {
            case SEQUENCE -> sequence();
            case SAMPLE -> sample();
            case JOIN -> {
                in.error(t.span(), "'join' is not supported by Elasticsearch EQL; use 'sequence'");
                throw new TokenStream.ParseError();
            }
            default -> new Query.EventQuery(eventFilter(), t.span());
        };
    }

    private Query sequence() {
        SourceSpan at = in.advance().span();
        List<Expr> keys = List.of();
        Duration maxspan = null;
        if (in.check(TokenKind.BY)) {
            keys = joinKeys();
        }
        if (in.check(TokenKind.WITH)) {
            maxspan = maxspan();
        }
        if (keys.isEmpty() && in.check(TokenKind.BY)) {
            keys = joinKeys();
        }
        List<Stage> stages = stages();
        Stage until = null;
        if (in.check(TokenKind.UNTIL)) {
            in.advance();
            until = stage();
        }
        return new Query.Sequence(keys, maxspan, stages, until, at);
    }

    private Query sample() {
        SourceSpan at = in.advance().span();
        List<Expr> keys = in.check(TokenKind.BY) ? joinKeys() : List.of();
        return new Query.Sample(keys, stages(), at);
    }

    private List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        while (in.check(TokenKind.LBRACKET) || in.check(TokenKind.MISSING_OPEN)) {
            Stage stage = stage();
            if (stage != null) {
                stages.add(stage);
            }
        }
        if (stages.isEmpty()) {
            throw in.fail("'['");
        }
        return stages;
    }

    /** One stage; on a syntax error inside it, skips past its {@code ]} and returns null. */
    private Stage stage() {
        Token open = in.peek();
        if (!in.match(TokenKind.LBRACKET) && !in.match(TokenKind.MISSING_OPEN)) {
            throw in.fail("'['");
        }
        EventFilter filter;
        try {
            filter = eventFilter();
            in.expect(TokenKind.RBRACKET);
        } catch (TokenStream.ParseError recovered) {
            in.skipPastStage();
            return null;
        }
        List<Expr> keys = in.check(TokenKind.BY) ? joinKeys() : List.of();
        int runs = in.check(TokenKind.WITH) ? runs() : 1;
        return new Stage(filter, keys, runs, open.kind() == TokenKind.MISSING_OPEN, open.span());
    }

    private int runs() {
        in.advance();
        Token name = in.peek();
        if (!"runs".equals(name.value())) {
            throw in.fail("'runs'");
        }
        in.advance();
        in.expect(TokenKind.ASSIGN);
        Token n = positiveInteger();
        long runs = (Long) n.value();
        if (runs < 1 || runs > 100) {
            in.error(n.span(), "runs must be between 1 and 100, not " + runs);
            return 1;
        }
        return (int) runs;
    }

    private Token positiveInteger() {
        if (!in.check(TokenKind.INTEGER)) {
            throw in.fail("a positive integer");
        }
        return in.advance();
    }

    private Duration maxspan() {
        in.advance();
        if (!"maxspan".equals(in.peek().value())) {
            throw in.fail("'maxspan'");
        }
        in.advance();
        in.expect(TokenKind.ASSIGN);
        return TimeUnits.duration(in);
    }

    private EventFilter eventFilter() {
        Token t = in.peek();
        String category;
        if (t.kind() == TokenKind.ANY) {
            category = null;
        } else if (t.kind() == TokenKind.IDENTIFIER || t.kind() == TokenKind.STRING) {
            category = (String) t.value();
        } else {
            throw in.fail("an event category or 'any'");
        }
        in.advance();
        in.expect(TokenKind.WHERE);
        return new EventFilter(category, expressions.expression(), t.span());
    }

    private List<Expr> joinKeys() {
        in.advance();
        List<Expr> keys = new ArrayList<>();
        do {
            keys.add(expressions.expression());
        } while (in.match(TokenKind.COMMA));
        return keys;
    }

    private Pipe pipe() {
        Token name = in.peek();
        if (name.kind() != TokenKind.IDENTIFIER) {
            throw in.fail("a pipe name");
        }
        in.advance();
        String kind = (String) name.value();
        if (!kind.equals("head") && !kind.equals("tail")) {
            in.error(name.span(), "pipe '" + kind + "' is not supported; Elasticsearch EQL supports only 'head' and 'tail'");
            throw new TokenStream.ParseError();
        }
        Token n = positiveInteger();
        long count = (Long) n.value();
        if (count < 1) {
            in.error(n.span(), "'" + kind + "' needs a positive number, not " + count);
        }
        return new Pipe(kind.equals("head") ? Pipe.Kind.HEAD : Pipe.Kind.TAIL, count, name.span());
    }
}
