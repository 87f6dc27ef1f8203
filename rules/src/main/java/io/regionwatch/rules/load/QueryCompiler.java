package io.regionwatch.rules.load;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.match.Matcher;

/** Turns one rule's query into something runnable; one implementation per query language. */
public interface QueryCompiler {
    /** True for the rule {@code language} values this compiler handles (e.g. {@code eql}). */
    boolean handles(String language);

    /** The query as a detection in its own right (eql rules: event queries and sequences). */
    Detection compile(RuleDefinition rule, RuleContext context) throws DiagnosticException;

    /** The query as a per-event filter (query, threshold and new_terms rules). */
    Matcher compileFilter(RuleDefinition rule, RuleContext context) throws DiagnosticException;

    /** The field names the query reads, for checking them against the known fields. */
    java.util.Collection<String> fieldsReferenced(RuleDefinition rule) throws DiagnosticException;
}
