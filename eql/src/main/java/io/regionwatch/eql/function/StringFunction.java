package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import io.regionwatch.core.match.Values;
import java.util.List;

/** {@code string(v)}: the string form ({@code string(true)} is "true"); null stays null. */
final class StringFunction implements EqlFunction {
    @Override
    public String name() {
        return "string";
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.ANY);
    }

    @Override
    public int required() {
        return 1;
    }

    @Override
    public ValueExpr compile(List<Arg> args, boolean insensitive) {
        ValueExpr v = args.get(0).expr();
        return fields -> Values.asString(v.eval(fields));
    }
}
