package io.regionwatch.core.match;

import io.regionwatch.core.event.Event;
import java.util.List;

/** Conjunction (Lucene {@code bool.filter}); an array keeps the hot loop free of iterators. */
public final class AllOf implements Matcher {
    private final Matcher[] parts;

    public AllOf(List<Matcher> parts) {
        this.parts = parts.toArray(new Matcher[0]);
    }

    @Override
    public boolean matches(Event event) {
        for (Matcher part : parts) {
            if (!part.matches(event)) {
                return false;
            }
        }
        return true;
    }

    public List<Matcher> parts() {
        return List.of(parts);
    }
}
