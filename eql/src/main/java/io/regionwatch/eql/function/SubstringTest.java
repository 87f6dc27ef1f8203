package io.regionwatch.eql.function;

import io.regionwatch.core.match.ValueExpr;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The three two-string tests of the EQL reference, which differ only in the comparison:
 * {@code startsWith(source, prefix)} (any string starts with ""), {@code endsWith(source, suffix)}
 * ({@code endsWith("", "")} is true) and {@code stringContains(source, sub)} (an empty {@code sub}
 * gives false, as the reference documents). Null in, null out; {@code ~} folds case.
 */
final class SubstringTest implements EqlFunction {
    private final String name;
    private final BiPredicate<String, String> test;

    private SubstringTest(String name, BiPredicate<String, String> test) {
        this.name = name;
        this.test = test;
    }

    static SubstringTest startsWith() {
        return new SubstringTest("startsWith", String::startsWith);
    }

    static SubstringTest endsWith() {
        return new SubstringTest("endsWith", String::endsWith);
    }

    static SubstringTest stringContains() {
        return new SubstringTest("stringContains", (s, t) -> !t.isEmpty() && s.contains(t));
    }

    @Override
    public String name() {
        return name;
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
                    : (Object) test.test(Strings.fold(s, insensitive), Strings.fold(t, insensitive));
        };
    }
}
