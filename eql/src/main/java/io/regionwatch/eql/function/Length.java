package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import java.util.List;

/** {@code length(s)}: the number of UTF-16 characters, as Java and Elasticsearch count them. */
final class Length implements EqlFunction {
    @Override
    public String name() {
        return "length";
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING);
    }

    @Override
    public int required() {
        return 1;
    }

    @Override
    public ValueExpr compile(List<Arg> args, boolean insensitive) {
        ValueExpr src = args.get(0).expr();
        return fields -> {
            String s = Strings.str(src.eval(fields));
            return s == null ? null : (Object) (long) s.length();
        };
    }
}
