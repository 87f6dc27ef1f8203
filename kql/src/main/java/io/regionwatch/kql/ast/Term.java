package io.regionwatch.kql.ast;

import io.regionwatch.core.diag.SourceSpan;
import java.util.List;

/**
 * One value as written: {@code parts} is the unescaped text split at unescaped {@code *}, so one
 * part means a plain literal and more parts a wildcard pattern. Quoted values are never patterns.
 */
public record Term(List<String> parts, boolean quoted, SourceSpan span) implements ValueList {
    public Term {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || (quoted && parts.size() != 1)) {
            throw new IllegalArgumentException("a term has one part, or several when unquoted");
        }
    }

    /** A plain literal term. */
    public static Term literal(String text, boolean quoted, SourceSpan span) {
        return new Term(List.of(text), quoted, span);
    }

    public boolean isPattern() {
        return parts.size() > 1;
    }

    /** A lone unquoted {@code *}: "field exists" as a value, "every field" as a field name. */
    public boolean isLoneWildcard() {
        return parts.size() == 2 && parts.get(0).isEmpty() && parts.get(1).isEmpty();
    }

    /** The unescaped text with each wildcard shown as {@code *}. */
    public String text() {
        return String.join("*", parts);
    }
}
