package io.regionwatch.eql.ast;

import io.regionwatch.core.diag.SourceSpan;
import java.util.List;

/** An EQL expression: a condition, a value, or a join key. */
public sealed interface Expr {
    SourceSpan span();

    /** A constant: String, Long, Double, Boolean, or null. */
    record Literal(Object value, SourceSpan span) implements Expr {
    }

    /** A field reference; {@code optional} for {@code ?name}, which reads missing as null. */
    record Field(String name, boolean optional, SourceSpan span) implements Expr {
    }

    record Not(Expr operand, SourceSpan span) implements Expr {
    }

    record And(Expr left, Expr right, SourceSpan span) implements Expr {
    }

    record Or(Expr left, Expr right, SourceSpan span) implements Expr {
    }

    /** {@code == != < <= > >=}. */
    record Compare(CompareOp op, Expr left, Expr right, SourceSpan span) implements Expr {
    }

    /** {@code + - * / %}. */
    record Arithmetic(ArithOp op, Expr left, Expr right, SourceSpan span) implements Expr {
    }

    /** Unary minus. */
    record Negate(Expr operand, SourceSpan span) implements Expr {
    }

    /** {@code value [not] in[~] (items)}. */
    record In(Expr value, List<Expr> items, boolean negated, boolean insensitive, SourceSpan span) implements Expr {
    }

    /** {@code value : p}, {@code like[~]}, {@code regex[~]} with one pattern or a parenthesised {@code list}. */
    record Match(Expr value, MatchKind kind, boolean insensitive, List<Literal> patterns, boolean list,
            SourceSpan span) implements Expr {
    }

    /** A function call; {@code insensitive} when written {@code name~(...)}. */
    record Call(String name, boolean insensitive, List<Expr> args, SourceSpan span) implements Expr {
    }

    /** Comparison operators, named as EQL writes them. */
    enum CompareOp {
        EQ("=="), NEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">=");

        private final String symbol;

        CompareOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The operator with its operands swapped: {@code 1 < f} is {@code f > 1}. */
        public CompareOp flip() {
            return switch (this) {
                case LT -> GT;
                case LTE -> GTE;
                case GT -> LT;
                case GTE -> LTE;
                default -> this;
            };
        }
    }

    /** Arithmetic operators. */
    enum ArithOp { ADD, SUB, MUL, DIV, MOD }

    /** The three pattern operators; {@code :} is {@code like~} but also exact when it has no wildcard. */
    enum MatchKind { SEQ, LIKE, REGEX }
}
