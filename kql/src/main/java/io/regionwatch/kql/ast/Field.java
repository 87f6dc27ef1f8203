package io.regionwatch.kql.ast;

import io.regionwatch.core.diag.SourceSpan;

/** A field name as written; an unquoted name with {@code *} is a pattern over field names. */
public record Field(Term name) {
    public String text() {
        return name.text();
    }

    public boolean isPattern() {
        return name.isPattern();
    }

    public SourceSpan span() {
        return name.span();
    }
}
