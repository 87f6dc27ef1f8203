package io.regionwatch.sigma.convert;

import io.regionwatch.sigma.pipeline.FieldMappingPipeline;

/** Field naming for targets that hold the raw logs (Splunk, Sentinel) rather than ECS documents. */
final class RawFields {
    private RawFields() {
    }

    /**
     * The target's name for a Sigma field: the table's entry, else the Sigma name itself when it is a
     * raw name the pipeline knows. A field the pipeline only accepts because it is already ECS
     * ({@code event.outcome}) has no raw counterpart: null.
     */
    static String name(TargetFields table, FieldMappingPipeline pipeline, String sigmaField) {
        String listed = table.field(pipeline.name(), sigmaField, null);
        if (listed != null) {
            return listed;
        }
        String ecs = pipeline.map(sigmaField);
        return ecs == null || ecs.equals(sigmaField) ? null : sigmaField;
    }
}
