package io.regionwatch.sigma.model;

import io.regionwatch.core.diag.SourceSpan;
import java.util.List;

/**
 * One {@code field|mod1|mod2: values} entry. The field is null for keyword (full-text) search.
 * Several values are ORed unless the {@code all} modifier says otherwise.
 */
public record DetectionItem(String field, List<String> modifiers, List<RawValue> values, SourceSpan span) {
    public DetectionItem {
        modifiers = List.copyOf(modifiers);
        values = List.copyOf(values);
    }

    /** A scalar as YAML typed it (String, Long, Double, Boolean, or null) and where it is. */
    public record RawValue(Object value, SourceSpan span) {
    }
}
