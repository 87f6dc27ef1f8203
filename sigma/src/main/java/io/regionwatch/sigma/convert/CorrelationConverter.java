package io.regionwatch.sigma.convert;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.model.SigmaCorrelation;
import io.regionwatch.sigma.model.SigmaCorrelation.Type;
import io.regionwatch.sigma.model.SigmaRule;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Correlations as the target's aggregation (Splunk {@code stats}, Sentinel {@code summarize},
 * ES|QL {@code STATS}): counting and metric correlations over one base rule, and {@code temporal}
 * (unordered) correlations over several, whose rules' events are tagged and their distinct tags
 * counted per group. All of these aggregate in fixed time buckets, not the sliding window the
 * specification describes, so a burst that straddles a bucket boundary can be missed (the spec's
 * "should" deviation; regionwatch's own engine slides). {@code temporal_ordered} has no bucketed
 * form (the order is lost), and Lucene and EQL have no aggregation at all.
 */
public final class CorrelationConverter {
    /** A key the targets can use as a column as it is; anything else (an expression) is named first. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_@][A-Za-z0-9_.@]*|`[^`]+`");
    private final Backend backend;
    private final SigmaOptions options;

    public CorrelationConverter(Backend backend, SigmaOptions options) {
        this.backend = backend;
        this.options = options;
    }

    /** A correlation over one base rule. */
    public String convert(SigmaCorrelation c, SigmaRule base, String sourceName) throws DiagnosticException {
        return convert(c, List.of(base), sourceName);
    }

    /** {@code bases} are the referenced rules in the correlation's order. */
    public String convert(SigmaCorrelation c, List<SigmaRule> bases, String sourceName) throws DiagnosticException {
        if (!backend.aggregates()) {
            throw DiagnosticException.of(c.span(), "correlation rules have no " + backend.name() + " form: it cannot aggregate");
        }
        if (c.type() == Type.TEMPORAL) {
            return temporal(c, bases, sourceName);
        }
        if (c.type() == Type.TEMPORAL_ORDERED) {
            throw DiagnosticException.of(c.span(), "temporal_ordered correlations have no " + backend.name() + " form: a count of"
                    + " rules per time bucket cannot check their order (convert --to eql for a sequence)");
        }
        if (bases.size() != 1) {
            throw DiagnosticException.of(c.span(), "only " + c.type().name().toLowerCase(java.util.Locale.ROOT)
                    + " correlations over one rule are converted to " + backend.name());
        }
        SigmaRule base = bases.get(0);
        String query = new QueryConverter(backend, options).convert(base, sourceName);
        FieldMappingPipeline pipeline = options.pipelines().forLogSource(base.logSource()).orElseThrow();
        List<String> groupBy = new ArrayList<>();
        for (String f : c.groupBy()) {
            groupBy.add(field(pipeline, f, c));
        }
        String field = c.conditionField() == null ? null : field(pipeline, c.conditionField(), c);
        long seconds = c.timespanMillis() / 1000;
        try {
            return backend.aggregate(new Aggregation(query, kind(c), groupBy, field,
                    c.type() == Type.VALUE_MEDIAN ? Integer.valueOf(50) : c.percentile(), span(seconds), seconds, c.condition()));
        } catch (UnsupportedException e) {
            throw DiagnosticException.of(c.span(), e.getMessage());
        }
    }

    private static Aggregation.Kind kind(SigmaCorrelation c) {
        if (c.type() == Type.VALUE_PERCENTILE && c.percentile() == null) {
            return Aggregation.Kind.VALUE_SHARE;
        }
        return Aggregation.Kind.valueOf(c.type().name());
    }

    /**
     * Every rule's query tagged with its reference, the group-by keys resolved per rule (aliases by
     * rule name, as the engine does), and the condition, by default "all rules" ({@code gte: n},
     * pySigma's default too).
     */
    private String temporal(SigmaCorrelation c, List<SigmaRule> bases, String sourceName) throws DiagnosticException {
        int n = bases.size();
        List<List<String>> fields = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        List<FieldMappingPipeline> pipelines = new ArrayList<>();
        QueryConverter converter = new QueryConverter(backend, options);
        for (int i = 0; i < n; i++) {
            SigmaRule base = bases.get(i);
            queries.add(converter.convert(base, sourceName));
            conditions.add(converter.condition(base, sourceName));
            FieldMappingPipeline pipeline = options.pipelines().forLogSource(base.logSource()).orElseThrow();
            pipelines.add(pipeline);
            List<String> own = new ArrayList<>();
            for (String key : c.groupBy()) {
                Map<String, String> alias = c.aliases().get(key);
                String sigma = alias == null ? key : alias.getOrDefault(c.rules().get(i), alias.get(base.meta().name()));
                if (sigma == null) {
                    throw DiagnosticException.of(c.span(), "alias '" + key + "' names no field for rule '" + c.rules().get(i) + "'");
                }
                own.add(field(pipelines.get(i), sigma, c));
            }
            fields.add(own);
        }
        List<String> keys = new ArrayList<>();
        List<Map<String, String>> renames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            renames.add(new LinkedHashMap<>());
        }
        for (int k = 0; k < c.groupBy().size(); k++) {
            String first = fields.get(0).get(k);
            boolean shared = PLAIN.matcher(first).matches(); // aliases naming one target field need no renaming
            for (List<String> own : fields) {
                shared &= own.get(k).equals(first);
            }
            // a key that differs between rules, or is an expression, becomes a column named after the Sigma key
            String key = shared ? first : column(c.groupBy().get(k));
            keys.add(key);
            for (int i = 0; i < n; i++) {
                if (!shared) {
                    renames.get(i).put(fields.get(i).get(k), key);
                }
            }
        }
        List<Temporal.Part> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(new Temporal.Part(c.rules().get(i), queries.get(i), pipelines.get(i), conditions.get(i), renames.get(i)));
        }
        Map<String, Number> condition = c.condition().isEmpty() ? Map.of("gte", (long) n) : c.condition();
        long seconds = c.timespanMillis() / 1000;
        try {
            return backend.temporal(new Temporal(parts, keys, span(seconds), seconds, condition));
        } catch (UnsupportedException e) {
            throw DiagnosticException.of(c.span(), e.getMessage());
        }
    }

    /** A Sigma key as a column name every target accepts unquoted: {@code internal_ip}, {@code userIdentity_arn}. */
    static String column(String sigma) {
        String s = sigma.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isDigit(s.charAt(0)) ? "_" + s : s;
    }

    private String field(FieldMappingPipeline pipeline, String sigma, SigmaCorrelation c) throws DiagnosticException {
        String f = backend.field(pipeline, sigma);
        if (f == null) {
            throw DiagnosticException.of(c.span(), "field '" + sigma + "' has no " + backend.name() + " name for this log source");
        }
        return f;
    }

    /** The largest whole unit: {@code 10m}, {@code 1h}, {@code 2d}, {@code 90s}. */
    static String span(long seconds) {
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
