package io.regionwatch.kql.ast;

import io.regionwatch.core.diag.SourceSpan;
import java.util.List;

/** The value side of a field query: one term, or a parenthesized boolean list of terms. */
public sealed interface ValueList permits Term, ValueList.Or, ValueList.And, ValueList.Not {
    SourceSpan span();

    /** {@code (a or b)}. */
    record Or(List<ValueList> operands, SourceSpan span) implements ValueList {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    /** {@code (a and b)}: every value must be present (useful on multi-valued fields). */
    record And(List<ValueList> operands, SourceSpan span) implements ValueList {
        public And {
            operands = List.copyOf(operands);
        }
    }

    /** {@code (not a)}. */
    record Not(ValueList operand, SourceSpan span) implements ValueList {
    }
}
