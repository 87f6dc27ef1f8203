package io.regionwatch.eql.compile;

import io.regionwatch.core.match.TermSet;
import io.regionwatch.core.match.Tri;
import io.regionwatch.core.match.ValueExpr;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.core.match.Values;
import io.regionwatch.eql.analyze.Exprs;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.eql.function.Arg;
import io.regionwatch.eql.function.Arithmetic;
import io.regionwatch.eql.function.EqlFunction;
import io.regionwatch.eql.function.Functions;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles expressions to three-valued {@link ValueExpr}s (the Elasticsearch script path):
 * a null operand makes comparisons, matches and functions null. Sub-trees that read no field are
 * folded to constants here, so {@code number("5")} is parsed once, not per event.
 */
final class ScriptCompiler {
    private static final Object[] NO_FIELDS = new Object[0];
    private final Slots slots;

    ScriptCompiler(Slots slots) {
        this.slots = slots;
    }

    /** The constant value of a field-free expression. */
    static Object fold(Expr e) {
        return new ScriptCompiler(new Slots()).compile(e).eval(NO_FIELDS);
    }

    ValueExpr compile(Expr e) {
        ValueExpr raw = compileRaw(e);
        if (!(e instanceof Expr.Literal) && !Exprs.readsFields(e)) {
            Object value = raw.eval(NO_FIELDS);
            return fields -> value;
        }
        return raw;
    }

    private ValueExpr compileRaw(Expr e) {
        if (e instanceof Expr.Literal lit) {
            Object value = lit.value();
            return fields -> value;
        } else if (e instanceof Expr.Field f) {
            int slot = slots.slot(f.name());
            return fields -> fields[slot];
        } else if (e instanceof Expr.Not n) {
            ValueExpr operand = compile(n.operand());
            return fields -> Tri.not(Tri.asBoolean(operand.eval(fields)));
        } else if (e instanceof Expr.And a) {
            ValueExpr l = compile(a.left());
            ValueExpr r = compile(a.right());
            return fields -> Tri.and(Tri.asBoolean(l.eval(fields)), Tri.asBoolean(r.eval(fields)));
        } else if (e instanceof Expr.Or o) {
            ValueExpr l = compile(o.left());
            ValueExpr r = compile(o.right());
            return fields -> Tri.or(Tri.asBoolean(l.eval(fields)), Tri.asBoolean(r.eval(fields)));
        } else if (e instanceof Expr.Compare c) {
            return compare(c);
        } else if (e instanceof Expr.Arithmetic a) {
            ValueExpr l = compile(a.left());
            ValueExpr r = compile(a.right());
            Expr.ArithOp op = a.op();
            return fields -> Arithmetic.apply(op, l.eval(fields), r.eval(fields));
        } else if (e instanceof Expr.Negate n) {
            ValueExpr operand = compile(n.operand());
            return fields -> Arithmetic.apply(Expr.ArithOp.SUB, 0L, operand.eval(fields));
        } else if (e instanceof Expr.In in) {
            return membership(in);
        } else if (e instanceof Expr.Match m) {
            return test(compile(m.value()), PatternTests.of(m));
        }
        return call((Expr.Call) e);
    }

    private ValueExpr compare(Expr.Compare c) {
        if (isNull(c.right()) || isNull(c.left())) {
            ValueExpr other = compile(isNull(c.right()) ? c.left() : c.right());
            return switch (c.op()) {
                case EQ -> fields -> other.eval(fields) == null;
                case NEQ -> fields -> other.eval(fields) != null;
                default -> fields -> null;
            };
        }
        ValueExpr l = compile(c.left());
        ValueExpr r = compile(c.right());
        return switch (c.op()) {
            case EQ -> fields -> Values.equal(l.eval(fields), r.eval(fields));
            case NEQ -> fields -> Tri.not(Values.equal(l.eval(fields), r.eval(fields)));
            case LT -> fields -> order(l.eval(fields), r.eval(fields), -1, false);
            case LTE -> fields -> order(l.eval(fields), r.eval(fields), -1, true);
            case GT -> fields -> order(l.eval(fields), r.eval(fields), 1, false);
            case GTE -> fields -> order(l.eval(fields), r.eval(fields), 1, true);
        };
    }

    private static Boolean order(Object l, Object r, int sign, boolean orEqual) {
        Integer cmp = Values.compare(l, r);
        if (cmp == null) {
            return null;
        }
        return Integer.signum(cmp) == sign || (orEqual && cmp == 0);
    }

    static boolean isNull(Expr e) {
        return e instanceof Expr.Literal lit && lit.value() == null;
    }

    private ValueExpr membership(Expr.In in) {
        List<Object> items = new ArrayList<>();
        for (Expr item : in.items()) {
            items.add(fold(item));
        }
        items.removeIf(v -> v == null);
        ValueExpr test = test(compile(in.value()), new TermSet(items, in.insensitive()));
        return in.negated() ? fields -> Tri.not(Tri.asBoolean(test.eval(fields))) : test;
    }

    private static ValueExpr test(ValueExpr value, ValueTest test) {
        return fields -> {
            Object v = value.eval(fields);
            return v == null ? null : (Object) test.test(v);
        };
    }

    private ValueExpr call(Expr.Call c) {
        EqlFunction f = Functions.lookup(c.name());
        List<Arg> args = new ArrayList<>();
        for (Expr a : c.args()) {
            boolean constant = !Exprs.readsFields(a);
            args.add(new Arg(compile(a), constant, constant ? fold(a) : null, a.span()));
        }
        try {
            return f.compile(args, c.insensitive());
        } catch (IllegalArgumentException e) {
            throw new CompileException(c.span(), e.getMessage());
        }
    }
}
