package io.regionwatch.sigma.modifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state a detection item's modifiers work on, applied left to right: its typed values and the
 * flags that change how they combine ({@code all}), compare ({@code cased}) or negate ({@code neq}).
 */
public final class ModifierChain {
    private final List<String> names;
    private final Map<String, List<String>> placeholders;
    private final int rawCount;
    private List<SigmaValue> values;
    private int position;
    private boolean all;
    private boolean cased;
    private boolean neq;

    private ModifierChain(List<String> names, List<SigmaValue> values, Map<String, List<String>> placeholders) {
        this.names = List.copyOf(names);
        this.values = List.copyOf(values);
        this.rawCount = values.size();
        this.placeholders = placeholders;
    }

    /** Applies {@code names} in order to {@code values}; the first failure ends the chain. */
    public static ModifierChain apply(List<String> names, List<SigmaValue> values,
            Map<String, List<String>> placeholders) throws ModifierException {
        ModifierChain chain = new ModifierChain(names, values, placeholders);
        for (String name : names) {
            Modifier modifier = Modifiers.lookup(name);
            if (modifier == null) {
                throw new ModifierException("unknown modifier '" + name + "'");
            }
            modifier.apply(chain);
            chain.position++;
        }
        return chain;
    }

    /** Replaces every value by the values {@code fn} gives for it (one, several, or a rewritten one). */
    public void flatMap(ValueFunction fn) throws ModifierException {
        List<SigmaValue> out = new ArrayList<>();
        for (SigmaValue v : values) {
            out.addAll(fn.apply(v));
        }
        values = List.copyOf(out);
    }

    /** Replaces every value by one value. */
    public void map(OneValueFunction fn) throws ModifierException {
        flatMap(v -> List.of(fn.apply(v)));
    }

    /** A value rewrite that may fail with a reason. */
    @FunctionalInterface
    public interface ValueFunction {
        List<SigmaValue> apply(SigmaValue value) throws ModifierException;
    }

    /** A one-to-one value rewrite that may fail with a reason. */
    @FunctionalInterface
    public interface OneValueFunction {
        SigmaValue apply(SigmaValue value) throws ModifierException;
    }

    /** The name of the modifier being applied, for messages. */
    public String current() {
        return names.get(position);
    }

    /** 0-based index of the modifier being applied. */
    public int position() {
        return position;
    }

    public List<String> names() {
        return names;
    }

    public List<SigmaValue> values() {
        return values;
    }

    /** How many values the rule wrote, before any modifier multiplied them. */
    public int rawCount() {
        return rawCount;
    }

    public Map<String, List<String>> placeholders() {
        return placeholders;
    }

    public boolean all() {
        return all;
    }

    public boolean cased() {
        return cased;
    }

    public boolean neq() {
        return neq;
    }

    void setAll() {
        all = true;
    }

    void setCased() {
        cased = true;
    }

    void setNeq() {
        neq = true;
    }

    /** Fails unless the modifier being applied is the only one in the chain. */
    void requireAlone() throws ModifierException {
        if (names.size() != 1) {
            throw new ModifierException("'" + current() + "' cannot be combined with other modifiers");
        }
    }

    /** Fails unless the modifier being applied comes first. */
    void requireFirst() throws ModifierException {
        if (position != 0) {
            throw new ModifierException("'" + current() + "' must be the first modifier");
        }
    }

    /** The value as a string, or a failure naming the modifier that needed one. */
    SigmaString string(SigmaValue v) throws ModifierException {
        if (v instanceof SigmaString s) {
            return s;
        }
        if (v instanceof SigmaValue.SigmaNumber n) {
            return SigmaString.literal(String.valueOf(n.value())); // the spec treats all values as strings
        }
        throw new ModifierException("'" + current() + "' applies to strings, not " + describe(v));
    }

    /** The value as a string without wildcards. */
    String plain(SigmaValue v) throws ModifierException {
        SigmaString s = string(v);
        if (s.hasWildcards()) {
            throw new ModifierException("'" + current() + "' cannot apply to a value with wildcards ('" + s
                    + "'); escape them or put contains/startswith/endswith after it");
        }
        return s.plain();
    }

    static String describe(SigmaValue v) {
        if (v instanceof SigmaString s) {
            return "the string '" + s + "'";
        }
        if (v instanceof SigmaValue.SigmaNumber n) {
            return "the number " + n.value();
        }
        if (v instanceof SigmaValue.SigmaBoolean b) {
            return "the boolean " + b.value();
        }
        return v instanceof SigmaValue.SigmaNull ? "null" : "a value already typed by an earlier modifier";
    }
}
