package io.regionwatch.core.match;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Lucene {@code term}/{@code terms}: exact membership, optionally case-insensitive, never with
 * wildcards. Like a query against a mapped field, a literal is coerced to the value's type: the
 * literal {@code "5"} matches the number 5 and the literal {@code 5} matches the string "5".
 */
public final class TermSet implements ValueTest {
    private final Set<Object> keys = new HashSet<>();
    private final boolean foldCase;

    public TermSet(Collection<?> literals, boolean foldCase) {
        this.foldCase = foldCase;
        for (Object literal : literals) {
            Object v = Values.normalize(literal);
            keys.add(Values.key(v, foldCase));
            if (v instanceof String s) {
                Number n = Values.parseNumber(s);
                if (n != null) {
                    keys.add(Values.key(n, false));
                }
                if (s.equals("true") || s.equals("false")) {
                    keys.add(Boolean.valueOf(s));
                }
            } else if (v != null) {
                keys.add(Values.key(String.valueOf(v), foldCase));
            }
        }
    }

    /** Every string key folded: a string value passes only if its key, and so its folded form, is a key. */
    @Override
    public Set<String> foldedTerms() {
        Set<String> terms = new HashSet<>();
        for (Object key : keys) {
            if (key instanceof String s) {
                terms.add(Values.fold(s));
            }
        }
        return terms;
    }

    @Override
    public boolean test(Object value) {
        return keys.contains(Values.key(value, foldCase));
    }
}
