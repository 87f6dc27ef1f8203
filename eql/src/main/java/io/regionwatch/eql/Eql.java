package io.regionwatch.eql;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.eql.analyze.Verifier;
import io.regionwatch.eql.ast.Statement;
import io.regionwatch.eql.compile.CompileException;
import io.regionwatch.eql.lex.Lexer;
import io.regionwatch.eql.lex.Token;
import io.regionwatch.eql.parse.Parser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Entry point: parses and checks EQL text, reporting every error at once with {@code source:line:col}. */
public final class Eql {
    private static final Comparator<Diagnostic> BY_POSITION =
            Comparator.comparingInt((Diagnostic d) -> d.span().line()).thenComparingInt(d -> d.span().column());

    private Eql() {
    }

    public static EqlQuery parse(String text, String sourceName) throws DiagnosticException {
        return parse(text, sourceName, 1, 1);
    }

    /**
     * Parses a query embedded in another file: {@code firstLine}/{@code firstColumn} are where the
     * query text starts there, so diagnostics point into that file.
     */
    public static EqlQuery parse(String text, String sourceName, int firstLine, int firstColumn)
            throws DiagnosticException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Token> tokens = new Lexer(text, sourceName, firstLine, firstColumn, diagnostics).tokenize();
        Parser parser = new Parser(tokens, diagnostics);
        Statement statement = parser.statement();
        if (parser.queryClean()) {
            new Verifier(diagnostics).verify(statement);
        }
        EqlQuery query = new EqlQuery(text, statement);
        if (diagnostics.isEmpty()) {
            try {
                query.compile(EqlOptions.defaults());
            } catch (CompileException e) {
                diagnostics.add(Diagnostic.error(e.span(), e.getMessage()));
            }
        }
        if (!diagnostics.isEmpty()) {
            diagnostics.sort(BY_POSITION);
            throw new DiagnosticException(diagnostics);
        }
        return query;
    }
}
