package io.regionwatch.kql.lex;

/** JavaScript's {@code String.prototype.trim}, which Kibana applies to every unquoted value. */
final class JsTrim {
    private JsTrim() {
    }

    static String leading(String s) {
        int i = 0;
        while (i < s.length() && isJsWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    static String trailing(String s) {
        int i = s.length();
        while (i > 0 && isJsWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(0, i);
    }

    /** ECMAScript WhiteSpace and LineTerminator: Unicode Zs plus tab, VT, FF, CR, LF, LS, PS and BOM. */
    static boolean isJsWhitespace(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\uFEFF'
                || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
