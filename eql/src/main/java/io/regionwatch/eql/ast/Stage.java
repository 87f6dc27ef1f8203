package io.regionwatch.eql.ast;

import io.regionwatch.core.diag.SourceSpan;
import java.util.List;

/**
 * One bracketed term of a sequence or sample: {@code [filter] by keys with runs=N}, or a missing
 * event {@code ![filter]} that must not occur at its position.
 */
public record Stage(EventFilter filter, List<Expr> keys, int runs, boolean missing, SourceSpan span) {
}
