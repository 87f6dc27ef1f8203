package io.regionwatch.rules.load;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.kql.Kql;
import io.regionwatch.kql.KqlOptions;
import io.regionwatch.kql.KqlQuery;

/**
 * Compiles {@code language = "kuery"} rules (Elastic's query, threshold and new_terms rules). Errors
 * point into the rule file; the approved-regions field, if any, is bound to the configured list.
 */
public final class KqlQueryCompiler implements QueryCompiler {
    @Override
    public boolean handles(String language) {
        return "kuery".equals(language);
    }

    @Override
    public Detection compile(RuleDefinition rule, RuleContext context) throws DiagnosticException {
        return parse(rule).detection(options(rule, context));
    }

    @Override
    public Matcher compileFilter(RuleDefinition rule, RuleContext context) throws DiagnosticException {
        return parse(rule).compile(options(rule, context));
    }

    @Override
    public java.util.Collection<String> fieldsReferenced(RuleDefinition rule) throws DiagnosticException {
        return parse(rule).fieldsReferenced();
    }

    private static KqlQuery parse(RuleDefinition rule) throws DiagnosticException {
        SourceSpan start = rule.queryStart();
        return Kql.parse(rule.metadata().query(), start.source(), start.line(), start.column());
    }

    private static KqlOptions options(RuleDefinition rule, RuleContext context) {
        KqlOptions options = KqlOptions.defaults();
        if (rule.approvedRegionsField() != null) {
            options.bindList(rule.approvedRegionsField(), context.approvedRegions().all());
        }
        return options;
    }
}
