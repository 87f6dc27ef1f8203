package io.regionwatch.kql.compile;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.ValueTest;

/**
 * {@code event.*:value}: Kibana expands the name pattern to every matching field and ORs the
 * per-field queries, so the event matches when any leaf with a matching dotted name passes.
 */
public record FieldPatternMatches(KqlWildcard names, ValueTest test) implements Matcher {
    @Override
    public boolean matches(Event event) {
        return Leaves.anyNamed(event.document(), "", names, test);
    }
}
