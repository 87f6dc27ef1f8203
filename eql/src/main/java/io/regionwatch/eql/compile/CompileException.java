package io.regionwatch.eql.compile;

import io.regionwatch.core.diag.SourceSpan;

/** A problem only found while compiling (an invalid regex or CIDR constant), with its place. */
public final class CompileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourceSpan span;

    public CompileException(SourceSpan span, String message) {
        super(message);
        this.span = span;
    }

    public SourceSpan span() {
        return span;
    }
}
