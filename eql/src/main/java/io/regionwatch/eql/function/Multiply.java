package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import io.regionwatch.eql.ast.Expr.ArithOp;
import java.util.List;

/** {@code multiply(a, b)}: the same as the {@code MUL} operator, null when either side is null. */
final class Multiply implements EqlFunction {
    @Override
    public String name() {
        return "multiply";
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.NUMBER, ArgType.NUMBER);
    }

    @Override
    public int required() {
        return 2;
    }

    @Override
    public ValueExpr compile(List<Arg> args, boolean insensitive) {
        ValueExpr a = args.get(0).expr();
        ValueExpr b = args.get(1).expr();
        return fields -> Arithmetic.apply(ArithOp.MUL, a.eval(fields), b.eval(fields));
    }
}
