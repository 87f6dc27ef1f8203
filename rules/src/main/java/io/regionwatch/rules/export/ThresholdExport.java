package io.regionwatch.rules.export;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.engine.ThresholdDetection;
import io.regionwatch.rules.load.RuleType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A threshold rule as Sigma: the base query as a detection rule per log source, and a correlation
 * on it per log source: {@code value_count} when the rule has a cardinality, else {@code event_count}.
 * The window is the rule's look-back ({@code from}), as Elastic's threshold rules count per run.
 */
final class ThresholdExport {
    private final ExportContext ctx;

    ThresholdExport(ExportContext ctx) {
        this.ctx = ctx;
    }

    SigmaExport export(Filter filter, RuleType.Threshold t) throws DiagnosticException {
        List<String> datasets = ctx.datasets(List.of(filter));
        boolean only = datasets.size() == 1;
        List<Map<String, Object>> docs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String dataset : datasets) {
            Map<String, Object> base = ctx.detectionDocument(filter, dataset, "events", false, null);
            docs.add(base);
            docs.add(correlation(t, dataset, only, (String) base.get("name"), notes));
        }
        notes.addAll(ctx.notes());
        return new SigmaExport(ctx.definition().metadata().ruleId(), ctx.definition().metadata().name(), docs, notes);
    }

    private Map<String, Object> correlation(RuleType.Threshold t, String dataset, boolean only, String baseName, List<String> notes) {
        FieldReverser reverser = FieldReverser.forDataset(dataset);
        SigmaMetadata meta = ctx.metadata();
        String role = only ? "" : dataset.replace('.', '_');
        String title = ctx.definition().metadata().name() + (only ? "" : " (" + SigmaMetadata.SOURCE_TITLES.get(dataset) + ")");
        Map<String, Object> doc = meta.header(title, meta.id(role, only), meta.name(role), ctx.description(dataset, false, null));
        Map<String, Object> c = new LinkedHashMap<>();
        List<String> groupBy = new ArrayList<>();
        t.fields().forEach(f -> groupBy.add(reverser.raw(f)));
        Map<String, Object> condition = new LinkedHashMap<>();
        if (t.cardinality().isEmpty()) {
            c.put("type", "event_count");
            condition.put("gte", t.value());
        } else {
            ThresholdDetection.Cardinality card = t.cardinality().get(0);
            c.put("type", "value_count");
            condition.put("field", reverser.raw(card.field()));
            condition.put("gte", card.minimum());
            if (t.value() > card.minimum() || t.cardinality().size() > 1) {
                notes.add("Sigma correlations have one condition: the event count of " + t.value()
                        + " (or a second cardinality) is not exported, only the distinct count of " + card.field());
            }
        }
        c.put("rules", List.of(baseName));
        c.put("group-by", groupBy);
        c.put("timespan", ExportContext.timespan(ctx.definition().lookback()));
        c.put("condition", condition);
        doc.put("correlation", c);
        meta.footer(doc);
        return doc;
    }
}
