package io.regionwatch.kql;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.kql.ast.Query;
import io.regionwatch.kql.compile.FieldCollector;
import io.regionwatch.kql.compile.KqlCompiler;
import java.util.List;
import java.util.Set;

/** A parsed KQL query: its syntax tree, the fields it reads, and compilation to a matcher. */
public final class KqlQuery {
    private final String text;
    private final Query ast;

    KqlQuery(String text, Query ast) {
        this.text = text;
        this.ast = ast;
    }

    public String text() {
        return text;
    }

    public Query ast() {
        return ast;
    }

    /**
     * Every field name the query reads, as written (patterns such as {@code event.*} included),
     * with fields inside {@code path:{...}} prefixed by the nested path.
     */
    public Set<String> fieldsReferenced() {
        return FieldCollector.collect(ast);
    }

    /** Compiles once; the matcher is stateless and thread-safe. Throws when a bound list cannot apply. */
    public Matcher compile(KqlOptions options) throws DiagnosticException {
        return new KqlCompiler(options).compile(ast);
    }

    /** A plain {@code query} rule: every event the query matches is one match. */
    public Detection detection(KqlOptions options) throws DiagnosticException {
        Matcher matcher = compile(options);
        return (event, listener) -> {
            if (matcher.matches(event)) {
                listener.onMatch(List.of(event));
            }
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
