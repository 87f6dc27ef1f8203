package io.regionwatch.core.match;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The value rules shared by every predicate: numbers compare numerically whatever their Java type,
 * strings compare by UTF-16 code unit (case-sensitive, as Lucene keyword terms do), and a value of
 * one type compared with another yields null (unknown), never an exception.
 */
public final class Values {
    private Values() {
    }

    /** Integers of any width become Long, floats become Double; everything else is unchanged. */
    public static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : (Object) big.doubleValue();
        }
        if (value instanceof BigDecimal dec) {
            return dec.doubleValue();
        }
        return value;
    }

    /**
     * A key under which equal values meet in a hash set: integral numbers become Long (so 5 and 5.0
     * meet), other numbers Double, strings are lower-cased when {@code foldCase}.
     */
    public static Object key(Object value, boolean foldCase) {
        Object v = normalize(value);
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)
                && Math.abs(d) < 9.0e18) {
            return (long) (double) d;
        }
        if (foldCase && v instanceof String s) {
            return fold(s);
        }
        return v;
    }

    /** Case folding used by every insensitive operator; {@link Locale#ROOT} so Turkish i is not special. */
    public static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Numeric or lexicographic order; null when either side is null or the types differ. */
    public static Integer compare(Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        if (left instanceof Number a && right instanceof Number b) {
            return compareNumbers(a, b);
        }
        if (left instanceof String a && right instanceof String b) {
            return a.compareTo(b);
        }
        if (left instanceof Boolean a && right instanceof Boolean b) {
            return a.compareTo(b);
        }
        return null;
    }

    static int compareNumbers(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return Double.compare(a.doubleValue(), b.doubleValue());
    }

    /** Three-valued equality: null when either side is null, false when types differ. */
    public static Boolean equal(Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        Integer order = compare(left, right);
        return order != null && order == 0;
    }

    /** The string form used by {@code concat} and {@code string}: 2.0 prints as "2.0", 5 as "5". */
    public static String asString(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** Parses a string as a number for coercion against numeric fields, or null when it is not one. */
    public static Number parseNumber(String text) {
        String t = text.trim();
        if (t.isEmpty() || !numberChars(t)) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException notLong) {
            try {
                double d = Double.parseDouble(t);
                return Double.isNaN(d) ? null : d;
            } catch (NumberFormatException notDouble) {
                return null;
            }
        }
    }

    /**
     * False when {@code t} holds a character no Java long or double literal can contain (a timestamp's
     * ':' or 'T', any word), so the common non-number never pays for two thrown exceptions.
     */
    private static boolean numberChars(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean digitOrSign = Character.isDigit(c) || c == '+' || c == '-' || c == '.';
            // Long.parseLong takes any Unicode digit; doubles also take hex digits, exponents, d/f
            // suffixes, hex-float markers and the letters of NaN and Infinity
            boolean literalLetter = c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || "xXpPNIinty".indexOf(c) >= 0;
            if (!digitOrSign && !literalLetter) {
                return false;
            }
        }
        return true;
    }
}
