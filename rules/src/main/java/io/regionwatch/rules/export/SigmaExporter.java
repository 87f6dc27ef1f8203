package io.regionwatch.rules.export;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.eql.Eql;
import io.regionwatch.eql.ast.Query;
import io.regionwatch.kql.Kql;
import io.regionwatch.rules.export.Filter.Leaf;
import io.regionwatch.rules.export.Filter.Op;
import io.regionwatch.rules.load.RuleDefinition;
import io.regionwatch.rules.load.RuleType;
import io.regionwatch.rules.load.TomlRuleReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exports a detection-rules TOML rule as Sigma. Event queries ({@code eql} event, {@code query})
 * become one detection rule per log source; {@code threshold} adds an {@code event_count} or
 * {@code value_count} correlation; EQL sequences become {@code temporal_ordered} correlations over
 * one detection rule per stage; {@code new_terms} exports its base query with a note, because
 * Sigma has no first-seen correlation. The approved-region list becomes an {@code |expand}
 * placeholder per provider.
 */
public final class SigmaExporter {
    static final List<String> DATASETS = List.of("aws.cloudtrail", "azure.activitylogs", "gcp.audit");
    private final ApprovedRegions defaults;

    /** @param defaults the regions named in descriptions as the placeholders' default values */
    public SigmaExporter(ApprovedRegions defaults) {
        this.defaults = defaults;
    }

    public SigmaExporter() {
        this(ApprovedRegions.SEED_DEFAULT);
    }

    /** Exports one rule file's text; {@code source} names it in diagnostics. */
    public SigmaExport export(String source, String text) throws DiagnosticException {
        List<Diagnostic> found = new ArrayList<>();
        RuleDefinition def = TomlRuleReader.read(source, text, found);
        if (def == null || found.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
            throw new DiagnosticException(found);
        }
        ExportContext ctx = new ExportContext(def, new SigmaMetadata(def.metadata(), text), defaults);
        String query = def.metadata().query();
        var start = def.queryStart();
        if ("eql".equals(def.metadata().language())) {
            Query q = Eql.parse(query, start.source(), start.line(), start.column()).statement().query();
            if (q instanceof Query.Sequence seq) {
                return new SequenceExport(ctx).export(seq);
            }
            if (!(q instanceof Query.EventQuery eq)) {
                throw DiagnosticException.of(q.span(), "EQL samples have no Sigma equivalent");
            }
            return single(ctx, EqlFilters.of(eq.filter().condition()));
        }
        return single(ctx, KqlFilters.of(Kql.parse(query, start.source(), start.line(), start.column()).ast()));
    }

    private static SigmaExport single(ExportContext ctx, Filter filter) throws DiagnosticException {
        RuleType type = ctx.definition().type();
        if (type instanceof RuleType.Threshold t) {
            return new ThresholdExport(ctx).export(filter, t);
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        List<String> datasets = ctx.datasets(List.of(filter));
        String note = type instanceof RuleType.NewTerms n ? ExportContext.newTermsNote(n) : null;
        for (String dataset : datasets) {
            docs.add(ctx.detectionDocument(filter, dataset, "", datasets.size() == 1, note));
        }
        List<String> notes = new ArrayList<>(ctx.notes());
        if (note != null) {
            notes.add(note);
        }
        return new SigmaExport(ctx.definition().metadata().ruleId(), ctx.definition().metadata().name(), docs, notes);
    }

    /** The leaf as an {@code |expand} of the provider's approved-region placeholder. */
    static Leaf placeholder(Leaf leaf, String dataset) {
        String provider = dataset.substring(0, dataset.indexOf('.'));
        return new Leaf(leaf.field(), Op.EXPAND, List.of("%ApprovedRegions_" + provider + "%"));
    }
}
