package io.regionwatch.eql.exec;

import io.regionwatch.core.event.Event;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable, partly matched sequence: the events of its first positive stages, and (for a
 * sequence with leading missing events) where the latest leading chain started when it began.
 */
final class Partial {
    private final Event[] events;
    private final Ordinal first;
    private final Ordinal last;
    private final Ordinal leadStart;

    private Partial(Event[] events, Ordinal first, Ordinal last, Ordinal leadStart) {
        this.events = events;
        this.first = first;
        this.last = last;
        this.leadStart = leadStart;
    }

    static Partial start(Event event, Ordinal ordinal, Ordinal leadStart) {
        return new Partial(new Event[] {event}, ordinal, ordinal, leadStart);
    }

    Partial extend(Event event, Ordinal ordinal) {
        Event[] next = Arrays.copyOf(events, events.length + 1);
        next[events.length] = event;
        return new Partial(next, first, ordinal, leadStart);
    }

    Ordinal first() {
        return first;
    }

    Ordinal last() {
        return last;
    }

    /** Start of the leading missing-event chain seen before this partial began, or null. */
    Ordinal leadStart() {
        return leadStart;
    }

    List<Event> events() {
        return List.of(events);
    }
}
