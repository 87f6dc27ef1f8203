package io.regionwatch.sigma.model;

import io.regionwatch.core.diag.SourceSpan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code detection} block: named search identifiers in file order and the condition, which may
 * be a list of conditions (ORed, as the spec says).
 */
public record Detection(Map<String, SearchIdentifier> searches, List<ConditionText> conditions, SourceSpan span) {
    public Detection {
        searches = Collections.unmodifiableMap(new LinkedHashMap<>(searches));
        conditions = List.copyOf(conditions);
    }

    /** One condition string and where its text starts. */
    public record ConditionText(String text, SourceSpan span) {
    }
}
