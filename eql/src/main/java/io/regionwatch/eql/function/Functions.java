package io.regionwatch.eql.function;

import io.regionwatch.core.match.Values;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The function registry: lookup by case-insensitive name, and the legacy names Elasticsearch rejects. */
public final class Functions {
    private static final Map<String, EqlFunction> BY_NAME = new TreeMap<>();
    private static final Set<String> LEGACY = Set.of(
            "arraycontains", "arraycount", "arraysearch", "match", "matchlite", "wildcard", "safe");

    static {
        for (EqlFunction f : List.of(new Add(), new Subtract(), new Multiply(), new Divide(), new Modulo(),
                new Between(), new CidrMatch(), new Concat(), SubstringTest.endsWith(), new IndexOf(), new Length(),
                new NumberFunction(), SubstringTest.startsWith(), new StringFunction(), SubstringTest.stringContains(),
                new Substring())) {
            BY_NAME.put(Values.fold(f.name()), f);
        }
    }

    private Functions() {
    }

    /** The function called {@code name} in any letter case, or null. */
    public static EqlFunction lookup(String name) {
        return BY_NAME.get(Values.fold(name));
    }

    /** Whether {@code name} is an Endgame EQL function that Elasticsearch does not implement. */
    public static boolean isLegacy(String name) {
        return LEGACY.contains(Values.fold(name));
    }

    /** Every documented name, for "did you mean" style messages. */
    public static List<String> names() {
        return BY_NAME.values().stream().map(EqlFunction::name).toList();
    }
}
