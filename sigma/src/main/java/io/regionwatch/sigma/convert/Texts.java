package io.regionwatch.sigma.convert;

import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaString.Literal;
import io.regionwatch.sigma.modifier.SigmaString.Part;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaRegex;
import java.util.List;
import java.util.Locale;

/** Text helpers the backends share: joining, quoting, and Sigma strings and regexes as target regexes. */
final class Texts {
    private Texts() {
    }

    /** Operands joined by {@code word}, parenthesized when there are several (every target's precedence differs). */
    static String join(List<String> operands, String word) {
        return operands.size() == 1 ? operands.get(0) : "(" + String.join(word, operands) + ")";
    }

    /**
     * The values as a quoted {@code "a", "b"} list for an {@code IN}-style test, each passed through
     * {@code fold} first, or null when one has a wildcard (a list test compares whole values). The
     * ES|QL and Sentinel backends share it.
     */
    static String plainList(List<SigmaString> values, java.util.function.UnaryOperator<String> fold) {
        if (values.stream().anyMatch(SigmaString::hasWildcards)) {
            return null;
        }
        List<String> quoted = new java.util.ArrayList<>();
        values.forEach(v -> quoted.add(quote(fold.apply(v.plain()))));
        return String.join(", ", quoted);
    }

    /** A double-quoted string with backslash escapes for {@code "} and {@code \}. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The string's literal text with its wildcards as {@code *} and {@code ?}; null when a literal holds one. */
    static String glob(SigmaString s) {
        StringBuilder out = new StringBuilder();
        for (Part p : s.parts()) {
            if (p instanceof Literal l) {
                if (l.text().indexOf('*') >= 0 || l.text().indexOf('?') >= 0) {
                    return null;
                }
                out.append(l.text());
            } else {
                out.append(p == SigmaString.Wild.ANY ? '*' : '?');
            }
        }
        return out.toString();
    }

    /** The shape of a string's wildcards: exact, prefix ({@code x*}), suffix ({@code *x}), substring, or other. */
    enum Shape { EXACT, PREFIX, SUFFIX, CONTAINS, OTHER }

    static Shape shape(SigmaString s) {
        List<Part> p = s.parts();
        if (!s.hasWildcards()) {
            return Shape.EXACT;
        }
        boolean ends = p.size() >= 2 && p.get(p.size() - 1) == SigmaString.Wild.ANY;
        boolean starts = p.size() >= 2 && p.get(0) == SigmaString.Wild.ANY;
        if (p.size() == 2 && ends && p.get(0) instanceof Literal) {
            return Shape.PREFIX;
        }
        if (p.size() == 2 && starts && p.get(1) instanceof Literal) {
            return Shape.SUFFIX;
        }
        return p.size() == 3 && starts && ends && p.get(1) instanceof Literal ? Shape.CONTAINS : Shape.OTHER;
    }

    /** The literal text of a PREFIX, SUFFIX or CONTAINS string. */
    static String core(SigmaString s) {
        return s.plain();
    }

    /**
     * The string as a whole-value regex in {@code flavor}: wildcards as {@code .*} and {@code .},
     * every other character literal; with {@code foldCase}, letters as {@code [aA]} classes (for
     * regex engines without a case-insensitive flag, such as Lucene's).
     */
    static String regex(SigmaString s, String special, boolean foldCase) {
        StringBuilder out = new StringBuilder();
        for (Part p : s.parts()) {
            if (p instanceof Literal l) {
                l.text().codePoints().forEach(c -> out.append(regexChar(c, special, foldCase)));
            } else {
                out.append(p == SigmaString.Wild.ANY ? ".*" : ".");
            }
        }
        return out.toString();
    }

    private static String regexChar(int c, String special, boolean foldCase) {
        String ch = new String(Character.toChars(c));
        String lower = ch.toLowerCase(Locale.ROOT);
        String upper = ch.toUpperCase(Locale.ROOT);
        if (foldCase && !lower.equals(upper) && lower.length() == 1 && upper.length() == 1) {
            return "[" + lower + upper + "]";
        }
        return special.indexOf(c) >= 0 ? "\\" + ch : ch;
    }

    /**
     * A Sigma regex (searched, PCRE subset) as a whole-value regex (Lucene, EQL): a pattern not
     * starting with {@code ^} gets {@code .*} in front, one not ending with {@code $} gets it behind.
     */
    static String anchoredRegex(SigmaRegex re) {
        String p = re.pattern();
        if (p.indexOf('|') >= 0) {
            return ".*(" + p + ").*";
        }
        String body = p.startsWith("^") ? p.substring(1) : ".*" + p;
        return body.endsWith("$") && !body.endsWith("\\$") ? body.substring(0, body.length() - 1) : body + ".*";
    }
}
