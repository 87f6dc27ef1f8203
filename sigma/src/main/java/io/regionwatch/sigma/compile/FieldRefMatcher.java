package io.regionwatch.sigma.compile;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.Values;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaFieldRef;
import java.util.List;

/**
 * {@code fieldref}: compares two fields of the same event as text (case-insensitive unless
 * {@code cased}). Multi-valued fields match when any pair does; a missing side never matches.
 */
record FieldRefMatcher(FieldPath field, FieldPath other, SigmaFieldRef.Match match, boolean foldCase)
        implements Matcher {
    @Override
    public boolean matches(Event event) {
        Object left = event.get(field);
        Object right = event.get(other);
        if (left == null || right == null) {
            return false;
        }
        for (Object l : asList(left)) {
            for (Object r : asList(right)) {
                if (pair(text(l), text(r))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean pair(String l, String r) {
        return switch (match) {
            case EQUALS -> l.equals(r);
            case CONTAINS -> l.contains(r);
            case STARTSWITH -> l.startsWith(r);
            case ENDSWITH -> l.endsWith(r);
        };
    }

    private String text(Object value) {
        Object v = Values.normalize(value);
        String s = v instanceof String str ? str : String.valueOf(v);
        return foldCase ? Values.fold(s) : s;
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : List.of(value);
    }
}
