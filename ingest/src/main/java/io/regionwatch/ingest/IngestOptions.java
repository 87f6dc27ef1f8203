package io.regionwatch.ingest;

import java.util.Objects;

/**
 * How to ingest.
 *
 * @param raw hand every JSON record on as it is, without unwrapping or normalizing
 * @param preserveOriginal keep the raw record as {@code event.original} (as Elastic's
 *     {@code preserve_original_event} tag does)
 * @param limits bounds on untrusted input
 */
public record IngestOptions(boolean raw, boolean preserveOriginal, Limits limits) {
    public IngestOptions {
        Objects.requireNonNull(limits, "limits");
    }

    public static IngestOptions defaults() {
        return new IngestOptions(false, false, Limits.defaults());
    }
}
