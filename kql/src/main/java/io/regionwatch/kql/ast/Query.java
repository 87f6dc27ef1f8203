package io.regionwatch.kql.ast;

import io.regionwatch.core.diag.SourceSpan;
import java.util.List;

/** A KQL query, one record per grammar construct. */
public sealed interface Query {
    SourceSpan span();

    /** The empty query, which Kibana reads as {@code *:*}. */
    record MatchAll(SourceSpan span) implements Query {
    }

    /** {@code a or b or c}. */
    record Or(List<Query> operands, SourceSpan span) implements Query {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    /** {@code a and b and c}. */
    record And(List<Query> operands, SourceSpan span) implements Query {
        public And {
            operands = List.copyOf(operands);
        }
    }

    /** {@code not a}. */
    record Not(Query operand, SourceSpan span) implements Query {
    }

    /** {@code field:{ query }}: the inner query must hold within one object of the nested field. */
    record Nested(Field field, Query query, SourceSpan span) implements Query {
    }

    /** {@code field:value} or {@code field:(a or b)}. */
    record FieldValues(Field field, ValueList values, SourceSpan span) implements Query {
    }

    /** {@code field < value}, {@code <=}, {@code >}, {@code >=}. */
    record Range(Field field, RangeOp op, Term value, SourceSpan span) implements Query {
    }

    /** A value without a field, matched against every field. */
    record AnyField(Term value, SourceSpan span) implements Query {
    }
}
