package io.regionwatch.rules.export;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.rules.export.Filter.Leaf;
import io.regionwatch.rules.export.Filter.Op;
import io.regionwatch.rules.load.RuleDefinition;
import io.regionwatch.rules.load.RuleType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One rule being exported: its definition, metadata, and the per-log-source rewriting of filters. */
final class ExportContext {
    private final RuleDefinition definition;
    private final SigmaMetadata metadata;
    private final ApprovedRegions defaults;
    private final Set<String> notes = new LinkedHashSet<>();

    ExportContext(RuleDefinition definition, SigmaMetadata metadata, ApprovedRegions defaults) {
        this.definition = definition;
        this.metadata = metadata;
        this.defaults = defaults;
    }

    RuleDefinition definition() {
        return definition;
    }

    SigmaMetadata metadata() {
        return metadata;
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The datasets for which no filter is decided false: one Sigma log source each. */
    List<String> datasets(List<Filter> filters) throws DiagnosticException {
        List<String> out = new ArrayList<>();
        for (String dataset : SigmaExporter.DATASETS) {
            if (filters.stream().noneMatch(f -> Filters.forDataset(f, dataset) instanceof Filter.Const c && !c.value())) {
                out.add(dataset);
            }
        }
        if (out.isEmpty()) {
            throw DiagnosticException.of(definition.queryStart(), "the query matches none of aws.cloudtrail, azure.activitylogs, gcp.audit");
        }
        return out;
    }

    /** The filter for one dataset over raw field names, the approved-region list as a placeholder. */
    Filter forDataset(Filter filter, String dataset) throws DiagnosticException {
        FieldReverser reverser = FieldReverser.forDataset(dataset);
        String approved = definition.approvedRegionsField();
        Filter f = Filters.map(Filters.forDataset(filter, dataset), leaf -> {
            Leaf l = approved != null && leaf.field().equals(approved) && leaf.op() == Op.MATCH
                    ? SigmaExporter.placeholder(leaf, dataset) : leaf;
            return reverser.rewrite(l);
        });
        if (f instanceof Filter.Const) {
            throw DiagnosticException.of(definition.queryStart(), "for " + dataset + " the query is a constant; nothing to export");
        }
        return f;
    }

    /** A Sigma detection rule for one dataset; {@code role} names a stage or part ("" for the rule itself). */
    Map<String, Object> detectionDocument(Filter filter, String dataset, String role, boolean only, String extraNote)
            throws DiagnosticException {
        Filter raw = forDataset(filter, dataset);
        String fullRole = only && role.isEmpty() ? "" : (dataset.replace('.', '_') + (role.isEmpty() ? "" : "_" + role));
        String title = definition.metadata().name() + (only ? "" : " (" + SigmaMetadata.SOURCE_TITLES.get(dataset) + ")")
                + (role.isEmpty() ? "" : " - " + role.replace('_', ' '));
        Map<String, Object> doc = metadata.header(title, metadata.id(fullRole, only && role.isEmpty()), metadata.name(fullRole),
                description(dataset, uses(raw, Op.EXPAND), extraNote));
        FieldReverser reverser = FieldReverser.forDataset(dataset);
        doc.put("logsource", new LinkedHashMap<>(reverser.logSource()));
        doc.put("detection", DetectionWriter.write(raw));
        metadata.footer(doc);
        return doc;
    }

    String description(String dataset, boolean placeholder, String extraNote) {
        StringBuilder d = new StringBuilder(definition.metadata().description().strip());
        if (placeholder) {
            String provider = dataset.substring(0, dataset.indexOf('.'));
            Set<String> regions = defaults.byProvider().getOrDefault(provider, defaults.byProvider().get("*"));
            String note = "The approved regions are the %ApprovedRegions_" + provider + "% placeholder (|expand), which "
                    + "regionwatch fills from approved_regions in regionwatch.yml or --approved-regions; "
                    + (regions == null ? "it has no default for " + provider + ", so the rule is rejected until one is configured."
                            : "default: " + String.join(", ", regions) + ".");
            d.append("\n\n").append(note);
            notes.add(note);
        }
        if (extraNote != null) {
            d.append("\n\n").append(extraNote);
        }
        return d.toString();
    }

    static boolean uses(Filter f, Op op) {
        if (f instanceof Leaf l) {
            return l.op() == op;
        }
        if (f instanceof Filter.Not n) {
            return uses(n.operand(), op);
        }
        List<Filter> ops = f instanceof Filter.And a ? a.operands() : f instanceof Filter.Or o ? o.operands() : List.of();
        return ops.stream().anyMatch(x -> uses(x, op));
    }

    static String newTermsNote(RuleType.NewTerms n) {
        return "regionwatch runs this as a new_terms rule: it alerts only the first time a value of "
                + String.join(" + ", n.fields()) + " is seen within " + timespan(n.history()) + ". Sigma has no "
                + "first-seen correlation (value_count counts distinct values inside one window; it cannot remember "
                + "a history), so this Sigma rule is the base query alone and matches every qualifying event. Run it "
                + "as a hunting query, or pair it with your SIEM's own first-seen feature (Elastic new_terms, Splunk "
                + "lookup of first-seen values, Sentinel a make_set over the history window).";
    }

    /** A Sigma timespan: the largest whole unit of d, in {@code s}, {@code m}, {@code h} or {@code d}. */
    static String timespan(Duration d) {
        long s = d.getSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
