package io.regionwatch.sigma.convert;

import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaString.Literal;
import io.regionwatch.sigma.modifier.SigmaString.Part;
import java.util.regex.Pattern;

/** EQL lexical helpers: quoting strings and field names, and Sigma strings as EQL patterns. */
final class EqlText {
    private static final Pattern PLAIN_FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*");

    private EqlText() {
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String field(String name) {
        return PLAIN_FIELD.matcher(name).matches() ? name : "`" + name.replace("`", "``") + "`";
    }

    /** True when the parts can be an EQL wildcard pattern: no literal {@code *} or {@code ?} to keep. */
    static boolean globbable(SigmaString s) {
        for (Part p : s.parts()) {
            if (p instanceof Literal l && (l.text().indexOf('*') >= 0 || l.text().indexOf('?') >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** The parts as an EQL wildcard pattern (callers check {@link #globbable}). */
    static String glob(SigmaString s) {
        StringBuilder out = new StringBuilder();
        for (Part p : s.parts()) {
            out.append(p instanceof Literal l ? l.text() : p == SigmaString.Wild.ANY ? "*" : "?");
        }
        return out.toString();
    }

    /** The parts as an anchored regex, for strings whose literal stars must stay literal. */
    static String regex(SigmaString s) {
        StringBuilder out = new StringBuilder();
        for (Part p : s.parts()) {
            if (p instanceof Literal l) {
                for (char c : l.text().toCharArray()) {
                    out.append(".^$*+?()[]{}|\\".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
                }
            } else {
                out.append(p == SigmaString.Wild.ANY ? ".*" : ".");
            }
        }
        return out.toString();
    }
}
