package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import java.util.List;

/** {@code stringContains(source, sub)}; an empty {@code sub} gives false, as the reference documents. */
final class StringContains implements EqlFunction {
    @Override
    public String name() {
        return "stringContains";
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.STRING);
    }

    @Override
    public boolean returnsBoolean() {
        return true;
    }

    @Override
    public int required() {
        return 2;
    }

    @Override
    public boolean hasInsensitiveForm() {
        return true;
    }

    @Override
    public ValueExpr compile(List<Arg> args, boolean insensitive) {
        ValueExpr src = args.get(0).expr();
        ValueExpr sub = args.get(1).expr();
        return fields -> {
            String s = Strings.str(src.eval(fields));
            String t = Strings.str(sub.eval(fields));
            if (s == null || t == null) {
                return null;
            }
            return !t.isEmpty() && Strings.fold(s, insensitive).contains(Strings.fold(t, insensitive));
        };
    }
}
