package io.regionwatch.sigma.condition;

import io.regionwatch.core.diag.SourceSpan;
import java.util.List;

/** A parsed condition; every node keeps where it was written. */
public sealed interface Condition {
    SourceSpan span();

    /** A search identifier by name. */
    record Ref(String name, SourceSpan span) implements Condition {
    }

    /** Every operand holds. */
    record And(List<Condition> operands, SourceSpan span) implements Condition {
    }

    /** At least one operand holds. */
    record Or(List<Condition> operands, SourceSpan span) implements Condition {
    }

    /** The operand does not hold. */
    record Not(Condition operand, SourceSpan span) implements Condition {
    }

    /**
     * {@code 1 of pattern} ({@code all == false}) or {@code all of pattern}; a null pattern means
     * {@code them}: every identifier not starting with an underscore.
     */
    record Of(boolean all, String pattern, SourceSpan span) implements Condition {
    }
}
