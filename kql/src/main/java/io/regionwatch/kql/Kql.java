package io.regionwatch.kql;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.kql.parse.KqlParser;

/** Entry point: parses KQL text into a {@link KqlQuery}. */
public final class Kql {
    private Kql() {
    }

    /** Parses a query that is a whole source of its own (it starts at line 1, column 1). */
    public static KqlQuery parse(String text, String sourceName) throws DiagnosticException {
        return parse(text, sourceName, 1, 1);
    }

    /**
     * Parses a query embedded in a larger file whose first character is at {@code line}:{@code column}
     * of {@code sourceName}, so errors point into that file. Throws with every error found.
     */
    public static KqlQuery parse(String text, String sourceName, int line, int column) throws DiagnosticException {
        return new KqlQuery(text, KqlParser.parse(text, sourceName, line, column));
    }
}
