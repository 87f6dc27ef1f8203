package io.regionwatch.core.match;

/**
 * Prefix, suffix and substring tests ({@code startsWith}, {@code endsWith}, {@code stringContains}
 * pushed down as queries). The needle is folded once at construction when case-insensitive.
 */
public record StringTest(Kind kind, String needle, boolean foldCase) implements ValueTest {
    /** Where the needle must occur. */
    public enum Kind { PREFIX, SUFFIX, CONTAINS }

    public StringTest {
        needle = foldCase ? Values.fold(needle) : needle;
    }

    @Override
    public boolean test(Object value) {
        if (!(value instanceof String s)) {
            return false;
        }
        String haystack = foldCase ? Values.fold(s) : s;
        return switch (kind) {
            case PREFIX -> haystack.startsWith(needle);
            case SUFFIX -> haystack.endsWith(needle);
            case CONTAINS -> !needle.isEmpty() && haystack.contains(needle);
        };
    }

    @Override
    public RequiredValues foldedValues() {
        return kind == Kind.PREFIX ? RequiredValues.prefix(needle, foldCase) : null;
    }
}
