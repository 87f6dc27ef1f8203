package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import java.util.List;

/**
 * {@code number(s[, base])}: parses an integer or a decimal; surrounding spaces and a sign are
 * allowed, {@code 0x} means base 16, a null base means 10. Text that does not parse gives null.
 */
final class NumberFunction implements EqlFunction {
    @Override
    public String name() {
        return "number";
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.NUMBER);
    }

    @Override
    public int required() {
        return 1;
    }

    @Override
    public ValueExpr compile(List<Arg> args, boolean insensitive) {
        ValueExpr src = args.get(0).expr();
        ValueExpr base = args.size() > 1 ? args.get(1).expr() : fields -> null;
        return fields -> parse(Strings.str(src.eval(fields)), Strings.integer(base.eval(fields)));
    }

    static Number parse(String text, Long base) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        boolean negative = t.startsWith("-");
        if (negative || t.startsWith("+")) {
            t = t.substring(1);
        }
        int radix = base == null ? 10 : base.intValue();
        if ((radix == 16 || base == null) && (t.startsWith("0x") || t.startsWith("0X"))) {
            t = t.substring(2);
            radix = 16;
        }
        try {
            long v = Long.parseLong(t, radix);
            return negative ? -v : v;
        } catch (NumberFormatException notInteger) {
            return radix == 10 ? decimal(t, negative) : null;
        }
    }

    private static Double decimal(String t, boolean negative) {
        if (t.isEmpty() || !Character.isDigit(t.charAt(0)) && t.charAt(0) != '.') {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
