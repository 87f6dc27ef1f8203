package io.regionwatch.eql.ast;

import io.regionwatch.core.diag.SourceSpan;
import java.time.Duration;
import java.util.List;

/** The query part of a statement (before any pipe). */
public sealed interface Query {
    SourceSpan span();

    /** {@code category where condition}. */
    record EventQuery(EventFilter filter, SourceSpan span) implements Query {
    }

    /** {@code sequence [by keys] [with maxspan=d] stage stage... [until stage]}. */
    record Sequence(List<Expr> keys, Duration maxspan, List<Stage> stages, Stage until, SourceSpan span)
            implements Query {
    }

    /** {@code sample [by keys] stage stage...}. */
    record Sample(List<Expr> keys, List<Stage> stages, SourceSpan span) implements Query {
    }
}
