package io.regionwatch.rules.export;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.rules.export.Filter.Leaf;
import io.regionwatch.rules.export.Filter.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * EQL conditions to {@link Filter}s. Covers what detection rules use: boolean operators, {@code ==}
 * and {@code !=} against literals and null, comparisons, {@code in}, {@code :}, {@code like} and
 * {@code regex}. Functions, arithmetic and field-to-field comparisons have no Sigma form and fail.
 */
final class EqlFilters {
    private EqlFilters() {
    }

    static Filter of(Expr e) throws DiagnosticException {
        if (e instanceof Expr.And a) {
            return new Filter.And(List.of(of(a.left()), of(a.right())));
        }
        if (e instanceof Expr.Or o) {
            return new Filter.Or(List.of(of(o.left()), of(o.right())));
        }
        if (e instanceof Expr.Not n) {
            return new Filter.Not(of(n.operand()));
        }
        if (e instanceof Expr.Literal l && l.value() instanceof Boolean b) {
            return new Filter.Const(b);
        }
        if (e instanceof Expr.Compare c) {
            return compare(c);
        }
        if (e instanceof Expr.In in) {
            Leaf leaf = new Leaf(field(in.value()), Op.MATCH, literals(in.items()));
            return in.negated() ? new Filter.Not(leaf) : leaf;
        }
        if (e instanceof Expr.Match m) {
            return match(m);
        }
        throw unsupported(e);
    }

    private static Filter compare(Expr.Compare c) throws DiagnosticException {
        boolean flipped = c.left() instanceof Expr.Literal;
        Expr fieldSide = flipped ? c.right() : c.left();
        Expr valueSide = flipped ? c.left() : c.right();
        Expr.CompareOp op = flipped ? c.op().flip() : c.op();
        String field = field(fieldSide);
        if (!(valueSide instanceof Expr.Literal lit)) {
            throw unsupported(c);
        }
        if (lit.value() == null) {
            return switch (op) {
                case EQ -> new Leaf(field, Op.NULL, List.of());
                case NEQ -> new Leaf(field, Op.EXISTS, List.of());
                default -> throw unsupported(c);
            };
        }
        return switch (op) {
            case EQ -> new Leaf(field, Op.MATCH, List.of(value(lit)));
            case NEQ -> new Filter.Not(new Leaf(field, Op.MATCH, List.of(value(lit))));
            case LT -> new Leaf(field, Op.LT, List.of(number(lit, c)));
            case LTE -> new Leaf(field, Op.LTE, List.of(number(lit, c)));
            case GT -> new Leaf(field, Op.GT, List.of(number(lit, c)));
            case GTE -> new Leaf(field, Op.GTE, List.of(number(lit, c)));
        };
    }

    private static Filter match(Expr.Match m) throws DiagnosticException {
        String field = field(m.value());
        List<Object> values = new ArrayList<>();
        for (Expr.Literal p : m.patterns()) {
            if (!(p.value() instanceof String s)) {
                throw unsupported(m);
            }
            values.add(m.kind() == Expr.MatchKind.REGEX ? s : pattern(s));
        }
        if (m.kind() != Expr.MatchKind.REGEX) {
            return new Leaf(field, Op.MATCH, values);
        }
        // EQL regexes match the whole value (Lucene); Sigma's are searched, so anchor them
        List<Filter> any = new ArrayList<>();
        for (Object v : values) {
            any.add(new Leaf(field, Op.REGEX, List.of("^(?:" + v + ")$")));
        }
        return any.size() == 1 ? any.get(0) : new Filter.Or(any);
    }

    /** An EQL wildcard pattern: {@code *} and {@code ?} stay wildcards, a backslash becomes literal. */
    private static String pattern(String eql) {
        return eql.replace("\\", "\\\\");
    }

    private static List<Object> literals(List<Expr> items) throws DiagnosticException {
        List<Object> out = new ArrayList<>();
        for (Expr item : items) {
            if (!(item instanceof Expr.Literal lit) || lit.value() == null) {
                throw unsupported(item);
            }
            out.add(value(lit));
        }
        return out;
    }

    private static Object value(Expr.Literal lit) {
        return lit.value() instanceof String s ? Filter.literal(s) : lit.value();
    }

    private static Object number(Expr.Literal lit, Expr where) throws DiagnosticException {
        if (lit.value() instanceof Number n) {
            return n;
        }
        throw unsupported(where);
    }

    private static String field(Expr e) throws DiagnosticException {
        if (e instanceof Expr.Field f) {
            return f.name();
        }
        throw unsupported(e);
    }

    private static DiagnosticException unsupported(Expr e) {
        return DiagnosticException.of(e.span(), "this EQL expression has no Sigma equivalent");
    }
}
