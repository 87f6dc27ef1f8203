package io.regionwatch.sigma.convert;

import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.Map;

/** Elastic index patterns and the dataset condition for the Elastic targets (ES|QL, EQL, Lucene). */
final class ElasticIndices {
    private ElasticIndices() {
    }

    /** {@code logs-<dataset>-*}, the data stream Elastic's integration writes the log source to. */
    static String index(FieldMappingPipeline pipeline) {
        String dataset = pipeline.conditions().get("event.dataset");
        return dataset == null ? "logs-*" : "logs-" + dataset + "-*";
    }

    /** The pipeline's constant conditions ({@code event.dataset}), as the compiler ANDs them. */
    static Map<String, String> conditions(FieldMappingPipeline pipeline) {
        return pipeline.conditions();
    }
}
