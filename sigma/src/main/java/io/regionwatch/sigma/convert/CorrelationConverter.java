package io.regionwatch.sigma.convert;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.model.SigmaCorrelation;
import io.regionwatch.sigma.model.SigmaRule;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code event_count} and {@code value_count} correlations over one base rule as the target's
 * aggregation (Splunk {@code stats}, Sentinel {@code summarize}, ES|QL {@code STATS}). These count
 * in fixed time buckets, not the sliding window the specification describes, so a burst that
 * straddles a bucket boundary can be missed (the spec's "should" deviation; regionwatch's own
 * engine slides). Temporal correlations, several base rules, and Lucene and EQL have no such form.
 */
public final class CorrelationConverter {
    private static final List<String> ORDER = List.of("gt", "gte", "lt", "lte", "eq", "neq");
    private final Backend backend;
    private final SigmaOptions options;

    public CorrelationConverter(Backend backend, SigmaOptions options) {
        this.backend = backend;
        this.options = options;
    }

    public String convert(SigmaCorrelation c, SigmaRule base, String sourceName) throws DiagnosticException {
        if (c.type() != SigmaCorrelation.Type.EVENT_COUNT && c.type() != SigmaCorrelation.Type.VALUE_COUNT || c.rules().size() != 1) {
            throw DiagnosticException.of(c.span(), "only event_count and value_count correlations over one rule are converted to "
                    + backend.name());
        }
        String query = new QueryConverter(backend, options).convert(base, sourceName);
        FieldMappingPipeline pipeline = options.pipelines().forLogSource(base.logSource()).orElseThrow();
        List<String> groupBy = new ArrayList<>();
        for (String f : c.groupBy()) {
            groupBy.add(field(pipeline, f, c));
        }
        String counted = c.conditionField() == null ? null : field(pipeline, c.conditionField(), c);
        Map<String, Long> condition = new LinkedHashMap<>();
        ORDER.forEach(op -> {
            if (c.condition().get(op) != null) {
                condition.put(op, c.condition().get(op).longValue());
            }
        });
        long seconds = c.timespanMillis() / 1000;
        try {
            return backend.aggregate(new Aggregation(query, groupBy, counted, span(seconds), seconds, condition));
        } catch (UnsupportedException e) {
            throw DiagnosticException.of(c.span(), e.getMessage());
        }
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
