package io.regionwatch.ingest;

import io.regionwatch.core.match.ActionInterest;
import java.util.Objects;

/**
 * How to ingest.
 *
 * @param raw hand every JSON record on as it is, without unwrapping or normalizing
 * @param preserveOriginal keep the raw record as {@code event.original} (as Elastic's
 *     {@code preserve_original_event} tag does)
 * @param limits bounds on untrusted input
 * @param interest the events anything downstream looks at; the others are checked and counted as
 *     evaluated, but not mapped or handed on ({@link ActionInterest#EVERY_EVENT}: all are handed on)
 */
public record IngestOptions(boolean raw, boolean preserveOriginal, Limits limits, ActionInterest interest) {
    public IngestOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(interest, "interest");
    }

    public IngestOptions(boolean raw, boolean preserveOriginal, Limits limits) {
        this(raw, preserveOriginal, limits, ActionInterest.EVERY_EVENT);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(false, false, Limits.defaults());
    }
}
