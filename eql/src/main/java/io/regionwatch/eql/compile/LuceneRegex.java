package io.regionwatch.eql.compile;

/**
 * Translates a Lucene regular expression (the dialect Elasticsearch's {@code regex} uses: always
 * anchored, {@code .} matches any character, {@code "..."} quotes literally, {@code @} is any
 * string, {@code #} the empty language, {@code <n-m>} a numeric interval) into RE2 syntax.
 * Complement {@code ~} and intersection {@code &} have no RE2 equivalent (RE2 guarantees linear
 * time, which they would break) and are rejected with an {@link IllegalArgumentException}.
 */
public final class LuceneRegex {
    private LuceneRegex() {
    }

    public static String toRe2(String lucene) {
        StringBuilder out = new StringBuilder("(?s)");
        int i = 0;
        while (i < lucene.length()) {
            char c = lucene.charAt(i);
            switch (c) {
                case '\\' -> i = escape(lucene, i, out);
                case '"' -> i = quoted(lucene, i, out);
                case '[' -> i = charClass(lucene, i, out);
                case '@' -> {
                    out.append(".*");
                    i++;
                }
                case '#' -> {
                    out.append("[^\\x00-\\x{10FFFF}]");
                    i++;
                }
                case '~', '&' -> throw new IllegalArgumentException("regex operator '" + c
                        + "' (" + (c == '~' ? "complement" : "intersection") + ") cannot be evaluated with RE2");
                case '<' -> i = interval(lucene, i, out);
                case '{' -> i = repeat(lucene, i, out);
                case '.', '*', '+', '?', '|', '(', ')' -> {
                    out.append(c);
                    i++;
                }
                default -> {
                    literal(c, out);
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** {@code <n-m>}, a numeric interval, expanded into an alternation RE2 can run. */
    private static int interval(String p, int i, StringBuilder out) {
        int end = p.indexOf('>', i);
        String body = end < 0 ? "" : p.substring(i + 1, end);
        int dash = body.indexOf('-');
        if (dash <= 0 || dash == body.length() - 1 || !body.replace("-", "").chars().allMatch(Character::isDigit)
                || body.indexOf('-', dash + 1) >= 0 || body.length() > 37) {
            throw new IllegalArgumentException("regex has an invalid numeric interval <" + body + ">");
        }
        out.append(LuceneIntervals.toRe2(body.substring(0, dash), body.substring(dash + 1)));
        return end + 1;
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}}, copied as RE2 reads them the same way. */
    private static int repeat(String p, int i, StringBuilder out) {
        int end = p.indexOf('}', i);
        String body = end < 0 ? "" : p.substring(i + 1, end);
        if (!body.matches("[0-9]+(,[0-9]*)?")) {
            throw new IllegalArgumentException("regex has an invalid repeat {" + body + "}");
        }
        out.append('{').append(body).append('}');
        return end + 1;
    }

    private static int escape(String p, int i, StringBuilder out) {
        if (i + 1 >= p.length()) {
            throw new IllegalArgumentException("regex ends with a lone backslash");
        }
        char e = p.charAt(i + 1);
        if ("dDsSwW".indexOf(e) >= 0) {
            out.append('\\').append(e);
        } else {
            literal(e, out);
        }
        return i + 2;
    }

    private static int quoted(String p, int i, StringBuilder out) {
        int end = p.indexOf('"', i + 1);
        if (end < 0) {
            throw new IllegalArgumentException("regex has an unterminated \"...\" literal");
        }
        out.append("(?:");
        for (int k = i + 1; k < end; k++) {
            literal(p.charAt(k), out);
        }
        out.append(')');
        return end + 1;
    }

    private static int charClass(String p, int i, StringBuilder out) {
        out.append('[');
        int k = i + 1;
        if (k < p.length() && p.charAt(k) == '^') {
            out.append('^');
            k++;
        }
        while (k < p.length() && p.charAt(k) != ']') {
            char c = p.charAt(k);
            if (c == '\\' && k + 1 < p.length()) {
                classLiteral(p.charAt(k + 1), out);
                k += 2;
            } else {
                if (c == '-') {
                    out.append('-');
                } else {
                    classLiteral(c, out);
                }
                k++;
            }
        }
        if (k >= p.length()) {
            throw new IllegalArgumentException("regex has an unterminated [...] class");
        }
        out.append(']');
        return k + 1;
    }

    private static void classLiteral(char c, StringBuilder out) {
        if (Character.isLetterOrDigit(c)) {
            out.append(c);
        } else {
            out.append(String.format("\\x{%x}", (int) c));
        }
    }

    private static void literal(char c, StringBuilder out) {
        if (Character.isLetterOrDigit(c) || c == ' ' || c == '_') {
            out.append(c);
        } else {
            out.append(String.format("\\x{%x}", (int) c));
        }
    }
}
