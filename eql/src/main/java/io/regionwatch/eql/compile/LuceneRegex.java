package io.regionwatch.eql.compile;

/**
 * Translates a Lucene regular expression (the dialect Elasticsearch's {@code regex} uses: always
 * anchored, {@code .} matches any character, {@code "..."} quotes literally, {@code @} is any
 * string, {@code #} the empty language, {@code <n-m>} a numeric interval) into RE2 syntax.
 * Complement {@code ~} and intersection {@code &} have no RE2 equivalent (RE2 guarantees linear
 * time, which they would break) and are rejected with an {@link IllegalArgumentException}.
 * Case-insensitive translation follows Lucene's ASCII flag: single ASCII letters match both cases,
 * character ranges do not fold.
 */
public final class LuceneRegex {
    private final String p;
    private final boolean fold;
    private final StringBuilder out = new StringBuilder("(?s)");
    private int i;

    private LuceneRegex(String pattern, boolean fold) {
        this.p = pattern;
        this.fold = fold;
    }

    public static String toRe2(String lucene) {
        return toRe2(lucene, false);
    }

    /** The RE2 form; {@code asciiCaseInsensitive} for {@code regex~}. */
    public static String toRe2(String lucene, boolean asciiCaseInsensitive) {
        LuceneRegex t = new LuceneRegex(lucene, asciiCaseInsensitive);
        t.translate();
        return t.out.toString();
    }

    private void translate() {
        while (i < p.length()) {
            char c = p.charAt(i);
            switch (c) {
                case '\\' -> escape();
                case '"' -> quoted();
                case '[' -> charClass();
                case '<' -> interval();
                case '{' -> repeat();
                case '@' -> emit(".*");
                case '#' -> emit("[^\\x00-\\x{10FFFF}]");
                case '~', '&' -> throw new IllegalArgumentException("regex operator '" + c
                        + "' (" + (c == '~' ? "complement" : "intersection") + ") cannot be evaluated with RE2");
                case '.', '*', '+', '?', '|', '(', ')' -> emit(String.valueOf(c));
                default -> {
                    literal(c);
                    i++;
                }
            }
        }
    }

    private void emit(String re2) {
        out.append(re2);
        i++;
    }

    private void escape() {
        if (i + 1 >= p.length()) {
            throw new IllegalArgumentException("regex ends with a lone backslash");
        }
        char e = p.charAt(i + 1);
        if ("dDsSwW".indexOf(e) >= 0) {
            out.append('\\').append(e);
        } else {
            literal(e);
        }
        i += 2;
    }

    private void quoted() {
        int end = p.indexOf('"', i + 1);
        if (end < 0) {
            throw new IllegalArgumentException("regex has an unterminated \"...\" literal");
        }
        out.append("(?:");
        for (int k = i + 1; k < end; k++) {
            literal(p.charAt(k));
        }
        out.append(')');
        i = end + 1;
    }

    /** {@code <n-m>}, a numeric interval, expanded into an alternation RE2 can run. */
    private void interval() {
        int end = p.indexOf('>', i);
        String body = end < 0 ? "" : p.substring(i + 1, end);
        int dash = body.indexOf('-');
        if (dash <= 0 || dash == body.length() - 1 || !body.replace("-", "").chars().allMatch(Character::isDigit)
                || body.indexOf('-', dash + 1) >= 0 || body.length() > 37) {
            throw new IllegalArgumentException("regex has an invalid numeric interval <" + body + ">");
        }
        out.append(LuceneIntervals.toRe2(body.substring(0, dash), body.substring(dash + 1)));
        i = end + 1;
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}}, copied as RE2 reads them the same way. */
    private void repeat() {
        int end = p.indexOf('}', i);
        String body = end < 0 ? "" : p.substring(i + 1, end);
        if (!body.matches("[0-9]+(,[0-9]*)?")) {
            throw new IllegalArgumentException("regex has an invalid repeat {" + body + "}");
        }
        out.append('{').append(body).append('}');
        i = end + 1;
    }

    private void charClass() {
        out.append('[');
        i++;
        if (i < p.length() && p.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        while (i < p.length() && p.charAt(i) != ']') {
            char from = classChar();
            char to = from;
            if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                i++;
                to = classChar();
            }
            if (to != from) {
                out.append(hex(from)).append('-').append(hex(to));
            } else {
                out.append(hex(from));
                if (fold && isAsciiLetter(from)) {
                    out.append(hex(otherCase(from)));
                }
            }
        }
        if (i >= p.length()) {
            throw new IllegalArgumentException("regex has an unterminated [...] class");
        }
        out.append(']');
        i++;
    }

    private char classChar() {
        char c = p.charAt(i);
        if (c == '\\' && i + 1 < p.length()) {
            i += 2;
            return p.charAt(i - 1);
        }
        i++;
        return c;
    }

    private void literal(char c) {
        if (fold && isAsciiLetter(c)) {
            out.append('[').append(c).append(otherCase(c)).append(']');
        } else if (Character.isLetterOrDigit(c) || c == ' ' || c == '_') {
            out.append(c);
        } else {
            out.append(hex(c));
        }
    }

    private static String hex(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\x{%x}", (int) c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static char otherCase(char c) {
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    }
}
