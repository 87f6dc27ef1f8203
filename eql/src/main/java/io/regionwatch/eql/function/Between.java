package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import java.util.List;

/**
 * {@code between(source, left, right[, greedy])}: the text after the first {@code left} and before
 * the next {@code right} (the last one when greedy). When either delimiter is not found the result
 * is the empty string, as Elasticsearch's implementation and the function reference have it.
 */
final class Between implements EqlFunction {
    @Override
    public String name() {
        return "between";
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.STRING, ArgType.STRING, ArgType.BOOLEAN);
    }

    @Override
    public int required() {
        return 3;
    }

    @Override
    public boolean hasInsensitiveForm() {
        return true;
    }

    @Override
    public ValueExpr compile(List<Arg> args, boolean insensitive) {
        ValueExpr src = args.get(0).expr();
        ValueExpr left = args.get(1).expr();
        ValueExpr right = args.get(2).expr();
        ValueExpr greedy = args.size() > 3 ? args.get(3).expr() : fields -> Boolean.FALSE;
        return fields -> between(Strings.str(src.eval(fields)), Strings.str(left.eval(fields)),
                Strings.str(right.eval(fields)), greedy.eval(fields), insensitive);
    }

    static String between(String source, String left, String right, Object greedy, boolean insensitive) {
        if (source == null || left == null || right == null || !(greedy instanceof Boolean g)) {
            return null;
        }
        String s = Strings.fold(source, insensitive);
        int start = s.indexOf(Strings.fold(left, insensitive));
        if (start < 0) {
            return "";
        }
        start += left.length();
        String r = Strings.fold(right, insensitive);
        int end = g ? s.lastIndexOf(r) : s.indexOf(r, start);
        return end < start ? "" : source.substring(start, end);
    }
}
