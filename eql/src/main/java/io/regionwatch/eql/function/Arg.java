package io.regionwatch.eql.function;

import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.core.match.ValueExpr;

/**
 * A compiled function argument: its expression and, when it reads no field, its folded value
 * (so functions can check or precompute constant arguments once).
 */
public record Arg(ValueExpr expr, boolean constant, Object value, SourceSpan span) {
}
