package io.regionwatch.core.match;

/**
 * Three-valued (SQL) logic over {@code Boolean} with null as unknown, the rules Elasticsearch's
 * scripts follow: {@code null and false = false}, {@code null or true = true}, {@code not null = null}.
 */
public final class Tri {
    private Tri() {
    }

    public static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return Boolean.FALSE;
        }
        return a == null || b == null ? null : Boolean.TRUE;
    }

    public static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return Boolean.TRUE;
        }
        return a == null || b == null ? null : Boolean.FALSE;
    }

    public static Boolean not(Boolean a) {
        return a == null ? null : !a;
    }

    /** A value used as a condition: Boolean as is, anything else (or null) unknown. */
    public static Boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : null;
    }
}
