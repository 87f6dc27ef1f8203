package io.regionwatch.kql.compile;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.ValueTest;

/**
 * A value without a field ({@code 4624}, {@code *:foo}): Kibana sends a lenient multi_match over
 * every field, so the event matches when any leaf value passes the test.
 */
public record AnyFieldMatches(ValueTest test) implements Matcher {
    @Override
    public boolean matches(Event event) {
        return Leaves.any(event.document(), test);
    }
}
