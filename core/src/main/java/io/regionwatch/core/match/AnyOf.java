package io.regionwatch.core.match;

import io.regionwatch.core.event.Event;
import java.util.List;

/** Disjunction (Lucene {@code bool.should} with one required). */
public final class AnyOf implements Matcher {
    private final Matcher[] parts;

    public AnyOf(List<Matcher> parts) {
        this.parts = parts.toArray(new Matcher[0]);
    }

    @Override
    public boolean matches(Event event) {
        for (Matcher part : parts) {
            if (part.matches(event)) {
                return true;
            }
        }
        return false;
    }

    public List<Matcher> parts() {
        return List.of(parts);
    }
}
