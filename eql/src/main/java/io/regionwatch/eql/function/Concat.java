package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import io.regionwatch.core.match.Values;
import java.util.List;

/** {@code concat(v...)}: the string forms joined; any null argument makes the result null. */
final class Concat implements EqlFunction {
    @Override
    public String name() {
        return "concat";
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
    public boolean variadic() {
        return true;
    }

    @Override
    public ValueExpr compile(List<Arg> args, boolean insensitive) {
        ValueExpr[] parts = args.stream().map(Arg::expr).toArray(ValueExpr[]::new);
        return fields -> {
            StringBuilder out = new StringBuilder();
            for (ValueExpr part : parts) {
                Object v = part.eval(fields);
                if (v == null) {
                    return null;
                }
                out.append(Values.asString(v));
            }
            return out.toString();
        };
    }
}
