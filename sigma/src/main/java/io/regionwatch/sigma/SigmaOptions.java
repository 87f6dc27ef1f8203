package io.regionwatch.sigma;

import io.regionwatch.sigma.pipeline.Pipelines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What loading needs beyond the rule text: the field-mapping pipelines and the values of
 * {@code %placeholder%} names used with {@code |expand} (for example {@code ApprovedRegions}).
 */
public record SigmaOptions(Pipelines pipelines, Map<String, List<String>> placeholders,
        io.regionwatch.sigma.correlation.CorrelationLimits correlationLimits) {
    public SigmaOptions {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        placeholders.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        placeholders = Map.copyOf(copy);
        java.util.Objects.requireNonNull(correlationLimits);
    }

    /** With the default correlation bounds, reported nowhere. */
    public SigmaOptions(Pipelines pipelines, Map<String, List<String>> placeholders) {
        this(pipelines, placeholders, io.regionwatch.sigma.correlation.CorrelationLimits.defaults());
    }

    /** With configured bounds on correlation state and where their hits are counted. */
    public SigmaOptions withCorrelationLimits(io.regionwatch.sigma.correlation.CorrelationLimits limits) {
        return new SigmaOptions(pipelines, placeholders, limits);
    }

    /** Built-in pipelines, no placeholders. */
    public static SigmaOptions defaults() {
        return new SigmaOptions(Pipelines.builtin(), Map.of());
    }

    /** With a user pipeline (see {@link Pipelines#parse}) taking precedence over the built-in ones. */
    public SigmaOptions withPipeline(io.regionwatch.sigma.pipeline.FieldMappingPipeline pipeline) {
        return new SigmaOptions(pipelines.withFirst(pipeline), placeholders, correlationLimits);
    }

    /**
     * Adds the approved regions as placeholders: {@code %ApprovedRegions%} holds every region of
     * every provider, {@code %ApprovedRegions_aws%} (and so on per provider) one provider's.
     */
    public SigmaOptions withApprovedRegions(io.regionwatch.core.rule.ApprovedRegions regions) {
        Map<String, List<String>> values = new LinkedHashMap<>(placeholders);
        values.put("ApprovedRegions", List.copyOf(regions.all()));
        regions.byProvider().forEach((provider, set) -> {
            if (!provider.equals("*")) {
                values.put("ApprovedRegions_" + provider, List.copyOf(set));
            }
        });
        return new SigmaOptions(pipelines, values, correlationLimits);
    }

    public SigmaOptions withPlaceholders(Map<String, List<String>> values) {
        return new SigmaOptions(pipelines, values, correlationLimits);
    }
}
