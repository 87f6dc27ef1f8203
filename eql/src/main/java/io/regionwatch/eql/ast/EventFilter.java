package io.regionwatch.eql.ast;

import io.regionwatch.core.diag.SourceSpan;

/** {@code category where condition}; {@code category} is null for {@code any}. */
public record EventFilter(String category, Expr condition, SourceSpan span) {
}
