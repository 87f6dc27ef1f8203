package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import java.util.List;

/**
 * {@code substring(source, start[, end])}, Python-style: 0-based, end exclusive, negative offsets
 * count from the end, out-of-range offsets are clamped, a null offset means open-ended.
 */
final class Substring implements EqlFunction {
    @Override
    public String name() {
        return "substring";
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.NUMBER, ArgType.NUMBER);
    }

    @Override
    public int required() {
        return 2;
    }

    @Override
    public ValueExpr compile(List<Arg> args, boolean insensitive) {
        ValueExpr src = args.get(0).expr();
        ValueExpr start = args.get(1).expr();
        ValueExpr end = args.size() > 2 ? args.get(2).expr() : fields -> null;
        return fields -> substring(Strings.str(src.eval(fields)), Strings.integer(start.eval(fields)),
                Strings.integer(end.eval(fields)));
    }

    static String substring(String s, Long start, Long end) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int from = clamp(start == null ? 0 : start, n);
        int to = clamp(end == null ? n : end, n);
        return from >= to ? "" : s.substring(from, to);
    }

    private static int clamp(long offset, int n) {
        long at = offset < 0 ? offset + n : offset;
        return (int) Math.max(0, Math.min(n, at));
    }
}
