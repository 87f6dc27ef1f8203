package io.regionwatch.core.match;

/**
 * A whole-value wildcard pattern: {@code *} is any run of characters, {@code ?} exactly one, and
 * every other character (backslash included) is literal, as ES escapes EQL patterns. Non-string
 * values are matched by their string form, like a keyword field.
 */
public final class Wildcard implements ValueTest {
    private final String pattern;
    private final boolean foldCase;

    public Wildcard(String pattern, boolean foldCase) {
        this.pattern = foldCase ? Values.fold(pattern) : pattern;
        this.foldCase = foldCase;
    }

    @Override
    public boolean test(Object value) {
        String s = value instanceof String str ? str : String.valueOf(value);
        return matches(pattern, foldCase ? Values.fold(s) : s);
    }

    /** Linear-time glob match with single-star backtracking. */
    static boolean matches(String p, String s) {
        int pi = 0;
        int si = 0;
        int star = -1;
        int mark = 0;
        while (si < s.length()) {
            // a '*' in the pattern is always a wildcard, even facing a '*' in the value
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == s.charAt(si))) {
                pi++;
                si++;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    /** A prefix pattern ({@code Create*}) requires its prefix. */
    @Override
    public RequiredValues foldedValues() {
        int stars = pattern.length();
        while (stars > 0 && pattern.charAt(stars - 1) == '*') {
            stars--;
        }
        String prefix = pattern.substring(0, stars);
        if (stars == pattern.length() || prefix.indexOf('*') >= 0 || prefix.indexOf('?') >= 0) {
            return null;
        }
        return RequiredValues.prefix(prefix, foldCase);
    }

    @Override
    public String toString() {
        return (foldCase ? "~" : "") + pattern;
    }
}
