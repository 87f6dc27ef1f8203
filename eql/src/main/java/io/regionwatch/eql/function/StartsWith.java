package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import java.util.List;

/** {@code startsWith(source, prefix)}; any string starts with "". */
final class StartsWith implements EqlFunction {
    @Override
    public String name() {
        return "startsWith";
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
            return s == null || t == null ? null
                    : (Object) Strings.fold(s, insensitive).startsWith(Strings.fold(t, insensitive));
        };
    }
}
