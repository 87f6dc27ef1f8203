package io.regionwatch.sigma.model;

import io.regionwatch.core.diag.SourceSpan;
import java.util.List;

/**
 * A named search: alternatives that are ORed, each a list of detection items that are ANDed. A map
 * gives one alternative; a list of maps gives one per map; a keyword list gives one fieldless item.
 */
public record SearchIdentifier(String name, List<List<DetectionItem>> alternatives, SourceSpan span) {
    public SearchIdentifier {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }
}
