package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import java.util.List;

/**
 * {@code indexOf(source, sub[, start])}: the first 0-based position at or after {@code start}
 * (negative counts as 0); null when not found, when start is past the end, or on a null argument.
 */
final class IndexOf implements EqlFunction {
    @Override
    public String name() {
        return "indexOf";
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.STRING, ArgType.NUMBER);
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
        ValueExpr start = args.size() > 2 ? args.get(2).expr() : fields -> 0L;
        return fields -> indexOf(Strings.str(src.eval(fields)), Strings.str(sub.eval(fields)),
                Strings.integer(start.eval(fields)), insensitive);
    }

    static Long indexOf(String source, String sub, Long start, boolean insensitive) {
        if (source == null || sub == null || start == null) {
            return null;
        }
        long from = Math.max(0, start);
        if (from > source.length()) {
            return null;
        }
        int at = Strings.fold(source, insensitive).indexOf(Strings.fold(sub, insensitive), (int) from);
        return at < 0 ? null : (long) at;
    }
}
