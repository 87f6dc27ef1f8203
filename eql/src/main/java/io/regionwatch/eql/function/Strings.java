package io.regionwatch.eql.function;

import io.regionwatch.core.match.Values;

/** Small helpers the string functions share. */
final class Strings {
    private Strings() {
    }

    static String fold(String s, boolean insensitive) {
        return insensitive ? Values.fold(s) : s;
    }

    /** The argument as a string, or null when it is null or not a string. */
    static String str(Object value) {
        return value instanceof String s ? s : null;
    }

    static Long integer(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
