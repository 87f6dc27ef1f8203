package io.regionwatch.eql.analyze;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.eql.function.ArgType;
import io.regionwatch.eql.function.EqlFunction;
import io.regionwatch.eql.function.Functions;
import java.util.List;

/** Checks function calls, field-to-field comparisons and field names inside expressions. */
final class ExprVerifier {
    private final List<Diagnostic> diagnostics;

    ExprVerifier(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    void condition(Expr e) {
        booleanShape(e);
        value(e);
    }

    /** A condition must be boolean: Elasticsearch rejects {@code where 1} or {@code where length(x)}. */
    private void booleanShape(Expr e) {
        if (e instanceof Expr.And a) {
            booleanShape(a.left());
            booleanShape(a.right());
        } else if (e instanceof Expr.Or o) {
            booleanShape(o.left());
            booleanShape(o.right());
        } else if (e instanceof Expr.Not n) {
            booleanShape(n.operand());
        } else if (!isBoolean(e)) {
            error(e.span(), "a condition must be boolean, but this is " + describeShape(e));
        }
    }

    private static boolean isBoolean(Expr e) {
        if (e instanceof Expr.Literal lit) {
            return lit.value() == null || lit.value() instanceof Boolean;
        }
        if (e instanceof Expr.Call c) {
            EqlFunction f = Functions.lookup(c.name());
            return f == null || f.returnsBoolean();
        }
        return !(e instanceof Expr.Arithmetic) && !(e instanceof Expr.Negate);
    }

    private static String describeShape(Expr e) {
        if (e instanceof Expr.Literal lit) {
            return "the constant " + describe(lit.value());
        }
        if (e instanceof Expr.Call c) {
            return "a call to '" + c.name() + "', which does not return a boolean";
        }
        return "an arithmetic expression";
    }

    void value(Expr e) {
        Exprs.walk(e, this::node);
    }

    private void node(Expr e) {
        if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Compare c && Exprs.readsFields(c.left()) && Exprs.readsFields(c.right())) {
            error(c.span(), "comparing a field with another field is not supported; compare a field with a constant");
        } else if (e instanceof Expr.In in) {
            for (Expr item : in.items()) {
                if (Exprs.readsFields(item)) {
                    error(item.span(), "'in' lists may contain only constants, not fields");
                }
            }
        } else if (e instanceof Expr.Field f && (f.name().startsWith(".") || f.name().endsWith(".")
                || f.name().contains(".."))) {
            error(f.span(), "invalid field name '" + f.name() + "'");
        }
    }

    private void call(Expr.Call c) {
        EqlFunction f = Functions.lookup(c.name());
        if (f == null) {
            error(c.span(), Functions.isLegacy(c.name())
                    ? "function '" + c.name() + "' is not supported by Elasticsearch EQL (legacy Endgame function)"
                    : "unknown function '" + c.name() + "'");
            return;
        }
        if (c.insensitive() && !f.hasInsensitiveForm()) {
            error(c.span(), "function '" + f.name() + "' has no case-insensitive form '" + f.name() + "~'");
        }
        int max = f.variadic() ? Integer.MAX_VALUE : f.parameters().size();
        int n = c.args().size();
        if (n < f.required() || n > max) {
            error(c.span(), "function '" + f.name() + "' takes " + arity(f) + " but got " + n);
            return;
        }
        for (int i = 0; i < n; i++) {
            ArgType type = f.parameters().get(Math.min(i, f.parameters().size() - 1));
            if (c.args().get(i) instanceof Expr.Literal lit && !type.accepts(lit.value())) {
                error(lit.span(), "argument " + (i + 1) + " of '" + f.name() + "' must be " + type.display()
                        + ", not " + describe(lit.value()));
            }
        }
    }

    private static String arity(EqlFunction f) {
        int required = f.required();
        if (f.variadic()) {
            return "at least " + plural(required);
        }
        int max = f.parameters().size();
        return required == max ? plural(required) : required + " to " + plural(max);
    }

    private static String plural(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private void error(SourceSpan span, String message) {
        diagnostics.add(Diagnostic.error(span, message));
    }
}
