package io.regionwatch.sigma.modifier;

import java.util.ArrayList;
import java.util.List;

/**
 * A Sigma string as a list of parts: literal text, {@code *} (any run) and {@code ?} (one
 * character). Escapes are resolved once here: {@code \*}, {@code \?} and {@code \\} give the
 * literal character; a backslash before anything else is itself literal. {@code bytes} marks a
 * value produced by a UTF-16 modifier, whose characters are byte values 0..255. {@code raw} is the
 * text exactly as the rule wrote it, kept until a modifier rewrites the value (then null), because
 * {@code re} must see the backslashes that wildcard parsing resolves.
 */
public record SigmaString(List<Part> parts, boolean bytes, String raw) implements SigmaValue {
    /** One piece of a Sigma string. */
    public sealed interface Part {
    }

    /** Literal text, never empty. */
    public record Literal(String text) implements Part {
    }

    /** {@code *} or {@code ?}. */
    public enum Wild implements Part { ANY, ONE }

    public SigmaString {
        parts = List.copyOf(parts);
    }

    /** Parses a rule's value text, resolving wildcards and escapes. */
    public static SigmaString parse(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '\\' && (next == '*' || next == '?' || next == '\\')) {
                lit.append(next);
                i++;
            } else if (c == '*' || c == '?') {
                flush(lit, parts);
                parts.add(c == '*' ? Wild.ANY : Wild.ONE);
            } else {
                lit.append(c);
            }
        }
        flush(lit, parts);
        return new SigmaString(parts, false, text);
    }

    /** A string that is all literal, such as an expanded placeholder value read with wildcards off. */
    public static SigmaString literal(String text) {
        return new SigmaString(text.isEmpty() ? List.of() : List.of(new Literal(text)), false, null);
    }

    static void flush(StringBuilder lit, List<Part> parts) {
        if (lit.length() > 0) {
            parts.add(new Literal(lit.toString()));
            lit.setLength(0);
        }
    }

    public boolean hasWildcards() {
        return parts.stream().anyMatch(p -> p instanceof Wild);
    }

    /** The text when there are no wildcards; callers check {@link #hasWildcards()} first. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Literal l) {
                out.append(l.text());
            }
        }
        return out.toString();
    }

    /** With {@code *} added in front unless one is already there. */
    public SigmaString prependAny() {
        if (!parts.isEmpty() && parts.get(0) == Wild.ANY) {
            return this;
        }
        List<Part> out = new ArrayList<>(parts);
        out.add(0, Wild.ANY);
        return new SigmaString(out, bytes, null);
    }

    /** With {@code *} added at the end unless one is already there. */
    public SigmaString appendAny() {
        if (!parts.isEmpty() && parts.get(parts.size() - 1) == Wild.ANY) {
            return this;
        }
        List<Part> out = new ArrayList<>(parts);
        out.add(Wild.ANY);
        return new SigmaString(out, bytes, null);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Literal l) {
                out.append(l.text().replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?"));
            } else {
                out.append(p == Wild.ANY ? '*' : '?');
            }
        }
        return out.toString();
    }
}
