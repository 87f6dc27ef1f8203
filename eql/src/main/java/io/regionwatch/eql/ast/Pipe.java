package io.regionwatch.eql.ast;

import io.regionwatch.core.diag.SourceSpan;

/** {@code | head N} or {@code | tail N}: the only pipes Elasticsearch supports. */
public record Pipe(Kind kind, long count, SourceSpan span) {
    /** Which end of the results to keep. */
    public enum Kind { HEAD, TAIL }
}
