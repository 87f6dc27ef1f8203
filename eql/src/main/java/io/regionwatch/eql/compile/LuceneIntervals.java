package io.regionwatch.eql.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Lucene's numeric interval {@code <n-m>} as an RE2 alternation: decimal numbers from n to m;
 * when both bounds are written with the same number of digits the match must have exactly that
 * many (zero-padded), otherwise any number of leading zeros is accepted, as Lucene's RegExp does.
 */
final class LuceneIntervals {
    private LuceneIntervals() {
    }

    static String toRe2(String min, String max) {
        long a = Long.parseLong(min);
        long b = Long.parseLong(max);
        int digits = min.length() == max.length() ? min.length() : 0;
        if (a > b) {
            long t = a;
            a = b;
            b = t;
        }
        List<String> parts = new ArrayList<>();
        String lo = Long.toString(a);
        String hi = Long.toString(b);
        for (int len = lo.length(); len <= hi.length(); len++) {
            String from = len == lo.length() ? lo : "1" + "0".repeat(len - 1);
            String to = len == hi.length() ? hi : "9".repeat(len);
            String pad = digits > 0 ? "0".repeat(digits - len) : "";
            parts.add(pad + "(?:" + sameLength(from, to) + ")");
        }
        return (digits > 0 ? "(?:" : "0*(?:") + String.join("|", parts) + ")";
    }

    /** A pattern for the numbers between two digit strings of equal length. */
    private static String sameLength(String from, String to) {
        if (from.equals(to)) {
            return from;
        }
        if (from.length() == 1) {
            return "[" + from + "-" + to + "]";
        }
        char f = from.charAt(0);
        char t = to.charAt(0);
        String restFrom = from.substring(1);
        String restTo = to.substring(1);
        if (f == t) {
            return f + "(?:" + sameLength(restFrom, restTo) + ")";
        }
        List<String> alternatives = new ArrayList<>();
        alternatives.add(f + "(?:" + sameLength(restFrom, "9".repeat(restFrom.length())) + ")");
        if (t - f > 1) {
            alternatives.add("[" + (char) (f + 1) + "-" + (char) (t - 1) + "][0-9]{" + restFrom.length() + "}");
        }
        alternatives.add(t + "(?:" + sameLength("0".repeat(restTo.length()), restTo) + ")");
        return String.join("|", alternatives);
    }
}
