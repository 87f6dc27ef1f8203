package io.regionwatch.rules.load;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.engine.Detection;
import io.regionwatch.eql.Eql;
import io.regionwatch.eql.EqlOptions;
import io.regionwatch.eql.EqlQuery;

/**
 * Compiles {@code language = "eql"} rules. Errors point into the rule file, and the rule's approved
 * regions field (if any) is bound to the configured list.
 */
public final class EqlQueryCompiler implements QueryCompiler {
    @Override
    public boolean handles(String language) {
        return "eql".equals(language);
    }

    @Override
    public Detection compile(RuleDefinition rule, RuleContext context) throws DiagnosticException {
        EqlQuery query = Eql.parse(rule.metadata().query(), rule.queryStart().source(), rule.queryStart().line(),
                rule.queryStart().column());
        EqlOptions options = EqlOptions.defaults();
        if (rule.approvedRegionsField() != null) {
            options = options.bindList(rule.approvedRegionsField(), context.approvedRegions().all());
        }
        return query.compile(options);
    }
}
