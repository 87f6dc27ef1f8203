package io.regionwatch.sigma.compile;

import io.regionwatch.core.match.RequiredValues;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.core.match.Values;
import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaString.Literal;
import io.regionwatch.sigma.modifier.SigmaString.Part;
import java.util.List;

/**
 * A whole-value Sigma glob. Unlike core {@code Wildcard}, a wildcard here is a part, not a
 * character, so an escaped literal {@code *} or {@code ?} stays literal, and a {@code *} in the
 * value is never mistaken for the pattern's wildcard. Linear-time matching with single-star
 * backtracking; the pattern is folded once when case-insensitive.
 */
final class GlobTest implements ValueTest {
    private static final int ANY = -1;
    private static final int ONE = -2;
    private final int[] pattern;
    private final boolean foldCase;

    GlobTest(List<Part> parts, boolean foldCase) {
        this.foldCase = foldCase;
        int count = 0;
        for (Part p : parts) {
            count += p instanceof Literal l ? fold(l.text()).length() : 1;
        }
        pattern = new int[count];
        int i = 0;
        for (Part p : parts) {
            if (p instanceof Literal l) {
                for (char c : fold(l.text()).toCharArray()) {
                    pattern[i++] = c;
                }
            } else {
                pattern[i++] = p == SigmaString.Wild.ANY ? ANY : ONE;
            }
        }
    }

    /** {@code Create*} ({@code |startswith}) requires its prefix. */
    @Override
    public RequiredValues foldedValues() {
        int end = pattern.length;
        while (end > 0 && pattern[end - 1] == ANY) {
            end--;
        }
        if (end == pattern.length) {
            return null;
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (pattern[i] < 0) {
                return null;
            }
            prefix.append((char) pattern[i]);
        }
        return RequiredValues.prefix(prefix.toString(), foldCase);
    }

    private String fold(String s) {
        return foldCase ? Values.fold(s) : s;
    }

    @Override
    public boolean test(Object value) {
        String s = fold(value instanceof String str ? str : String.valueOf(value));
        int pi = 0;
        int si = 0;
        int star = -1;
        int mark = 0;
        while (si < s.length()) {
            if (pi < pattern.length && pattern[pi] == ANY) {
                star = pi++;
                mark = si;
            } else if (pi < pattern.length && (pattern[pi] == ONE || pattern[pi] == s.charAt(si))) {
                pi++;
                si++;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < pattern.length && pattern[pi] == ANY) {
            pi++;
        }
        return pi == pattern.length;
    }
}
