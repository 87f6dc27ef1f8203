package io.regionwatch.rules.export;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.eql.ast.Query;
import io.regionwatch.eql.ast.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An EQL sequence as Sigma: one detection rule per stage and log source, and a
 * {@code temporal_ordered} correlation per log source grouped by the sequence's join keys within
 * its {@code maxspan}. A sequence across clouds is split per cloud, since its join keys (account,
 * user) never match across providers. {@code until}, missing events, per-stage keys and
 * {@code runs} have no Sigma form and fail.
 */
final class SequenceExport {
    private final ExportContext ctx;

    SequenceExport(ExportContext ctx) {
        this.ctx = ctx;
    }

    SigmaExport export(Query.Sequence seq) throws DiagnosticException {
        if (seq.until() != null || seq.maxspan() == null) {
            throw DiagnosticException.of(seq.span(), "only sequences with maxspan and without until have a Sigma form");
        }
        List<Filter> stages = new ArrayList<>();
        for (Stage s : seq.stages()) {
            if (s.missing() || s.runs() > 1 || !s.keys().isEmpty()) {
                throw DiagnosticException.of(s.span(), "missing events, runs and per-stage keys have no Sigma form");
            }
            stages.add(EqlFilters.of(s.filter().condition()));
        }
        List<String> keys = new ArrayList<>();
        for (Expr k : seq.keys()) {
            if (!(k instanceof Expr.Field f)) {
                throw DiagnosticException.of(k.span(), "a sequence key must be a field to become a Sigma group-by");
            }
            keys.add(f.name());
        }
        List<String> datasets = ctx.datasets(stages);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (String dataset : datasets) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < stages.size(); i++) {
                Map<String, Object> doc = ctx.detectionDocument(stages.get(i), dataset, "stage_" + (i + 1), false, null);
                names.add((String) doc.get("name"));
                docs.add(doc);
            }
            docs.add(correlation(dataset, datasets.size() == 1, names, keys, seq));
        }
        return new SigmaExport(ctx.definition().metadata().ruleId(), ctx.definition().metadata().name(), docs, ctx.notes());
    }

    private Map<String, Object> correlation(String dataset, boolean only, List<String> names, List<String> keys, Query.Sequence seq) {
        FieldReverser reverser = FieldReverser.forDataset(dataset);
        SigmaMetadata meta = ctx.metadata();
        String role = only ? "" : dataset.replace('.', '_');
        String title = ctx.definition().metadata().name() + (only ? "" : " (" + SigmaMetadata.SOURCE_TITLES.get(dataset) + ")");
        Map<String, Object> doc = meta.header(title, meta.id(role, only), meta.name(role), ctx.description(dataset, false, null));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", "temporal_ordered");
        c.put("rules", names);
        List<String> groupBy = new ArrayList<>();
        keys.forEach(k -> groupBy.add(reverser.raw(k)));
        c.put("group-by", groupBy);
        c.put("timespan", ExportContext.timespan(seq.maxspan()));
        doc.put("correlation", c);
        meta.footer(doc);
        return doc;
    }
}
