package io.regionwatch.rules.load;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.engine.Detection;

/** Turns one rule's query into a runnable detection; one implementation per query language. */
public interface QueryCompiler {
    /** True for the rule {@code language} values this compiler handles (e.g. {@code eql}). */
    boolean handles(String language);

    Detection compile(RuleDefinition rule, RuleContext context) throws DiagnosticException;
}
