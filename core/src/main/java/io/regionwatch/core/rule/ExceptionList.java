package io.regionwatch.core.rule;

import java.util.List;

/**
 * A named container of exception items. {@code appliesTo} lists the rule ids it is attached to;
 * an empty list means every rule (Kibana attaches lists per rule; a shared tuning list for a whole
 * pack is the common case here).
 */
public record ExceptionList(String listId, String name, List<ExceptionItem> items, List<String> appliesTo) {
    public ExceptionList {
        items = List.copyOf(items);
        appliesTo = List.copyOf(appliesTo);
    }

    public boolean appliesTo(String ruleId) {
        return appliesTo.isEmpty() || appliesTo.contains(ruleId);
    }
}
