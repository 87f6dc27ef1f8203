package io.regionwatch.core.rule;

import java.time.Instant;
import java.util.List;

/**
 * An exception item: all its entries must hold for an event to be excepted. Items of a list are
 * alternatives. {@code expireTime} (nullable) ends the item: it excepts only events that happened
 * before it (see {@link RuleExceptions}).
 */
public record ExceptionItem(String itemId, String name, List<ExceptionEntry> entries, Instant expireTime, String comment) {
    public ExceptionItem {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("exception item " + itemId + " has no entries");
        }
    }
}
