package io.regionwatch.sigma.compile;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.core.match.Values;
import java.util.List;
import java.util.Map;

/**
 * Keyword (fieldless) search: the event matches when any scalar anywhere in its document passes
 * the test. Walking the document is inherent to full-text search; the test itself is compiled once.
 */
record KeywordMatcher(ValueTest test) implements Matcher {
    @Override
    public boolean matches(Event event) {
        return any(event.document());
    }

    private boolean any(Object node) {
        if (node instanceof Map<?, ?> map) {
            for (Object child : map.values()) {
                if (any(child)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof List<?> list) {
            for (Object child : list) {
                if (any(child)) {
                    return true;
                }
            }
            return false;
        }
        return node != null && test.test(Values.normalize(node));
    }
}
