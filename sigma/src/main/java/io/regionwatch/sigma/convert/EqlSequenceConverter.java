package io.regionwatch.sigma.convert;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.model.SigmaCorrelation;
import io.regionwatch.sigma.model.SigmaRule;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code temporal_ordered} correlation as an EQL sequence: {@code sequence by <group-by> with
 * maxspan=<timespan> [stage] [stage]}, one stage per referenced rule in order. EQL sequences are
 * ordered and join on the keys within maxspan, which is the correlation's meaning; aliases and
 * base rules of different log sources (whose group-by fields differ) are not converted.
 */
public final class EqlSequenceConverter {
    private static final String PREFIX = "any where ";
    private final SigmaOptions options;

    public EqlSequenceConverter(SigmaOptions options) {
        this.options = options;
    }

    /** {@code stages} are the referenced rules in the correlation's order. */
    public String convert(SigmaCorrelation c, List<SigmaRule> stages, String sourceName) throws DiagnosticException {
        if (c.type() != SigmaCorrelation.Type.TEMPORAL_ORDERED || !c.aliases().isEmpty() || stages.isEmpty()
                || stages.stream().anyMatch(s -> !s.logSource().toString().equals(stages.get(0).logSource().toString()))) {
            throw DiagnosticException.of(c.span(), "only temporal_ordered correlations without aliases, over rules of one log source,"
                    + " have an EQL form (a sequence)");
        }
        FieldMappingPipeline pipeline = options.pipelines().forLogSource(stages.get(0).logSource()).orElseThrow();
        List<String> keys = new ArrayList<>();
        for (String f : c.groupBy()) {
            String ecs = pipeline.map(f);
            if (ecs == null) {
                throw DiagnosticException.of(c.span(), "group-by field '" + f + "' has no mapping in pipeline '" + pipeline.name() + "'");
            }
            keys.add(EqlText.field(ecs));
        }
        StringBuilder out = new StringBuilder("sequence");
        if (!keys.isEmpty()) {
            out.append(" by ").append(String.join(", ", keys));
        }
        out.append(" with maxspan=").append(CorrelationConverter.span(c.timespanMillis() / 1000));
        EqlConverter stage = new EqlConverter(options);
        for (SigmaRule rule : stages) {
            out.append("\n  [").append(PREFIX).append(stage.convert(rule, sourceName).substring(PREFIX.length())).append(']');
        }
        return out.toString();
    }
}
