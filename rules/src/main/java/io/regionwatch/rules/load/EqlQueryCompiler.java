package io.regionwatch.rules.load;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.eql.CompiledEql;
import io.regionwatch.eql.Eql;
import io.regionwatch.eql.EqlOptions;
import io.regionwatch.eql.EqlQuery;
import io.regionwatch.eql.ast.Query;

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
        return parse(rule).compile(options(rule, context));
    }

    /** An EQL event query (no sequence, no pipes) used as a filter: an event passes when it matches. */
    @Override
    public Matcher compileFilter(RuleDefinition rule, RuleContext context) throws DiagnosticException {
        EqlQuery query = parse(rule);
        if (!(query.statement().query() instanceof Query.EventQuery) || !query.statement().pipes().isEmpty()) {
            throw DiagnosticException.of(rule.queryStart(), "a " + rule.metadata().type()
                    + " rule needs an EQL event query (no sequence, sample or pipe)");
        }
        CompiledEql compiled = query.compile(options(rule, context));
        return event -> {
            boolean[] hit = {false};
            compiled.accept(event, m -> hit[0] = true);
            return hit[0];
        };
    }

    @Override
    public java.util.Collection<String> fieldsReferenced(RuleDefinition rule) throws DiagnosticException {
        return parse(rule).fieldsReferenced();
    }

    private static EqlQuery parse(RuleDefinition rule) throws DiagnosticException {
        SourceSpan start = rule.queryStart();
        return Eql.parse(rule.metadata().query(), start.source(), start.line(), start.column());
    }

    private static EqlOptions options(RuleDefinition rule, RuleContext context) {
        // sequences order by @timestamp: Elastic's detection-rules forbid timestamp_override on them,
        // and event.ingested means nothing for logs read from files
        EqlOptions options = EqlOptions.defaults().maxSequenceKeys(context.limits().maxSequenceKeys())
                .limitReport(context.limitReport(), rule.metadata().ruleId());
        if (rule.approvedRegionsField() != null) {
            options = options.bindList(rule.approvedRegionsField(), context.approvedRegions().all());
        }
        return options;
    }
}
