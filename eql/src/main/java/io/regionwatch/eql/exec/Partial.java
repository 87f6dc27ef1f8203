package io.regionwatch.eql.exec;

import io.regionwatch.core.event.Event;
import java.util.Arrays;
import java.util.List;

/** An immutable, partly matched sequence: the events of its first {@code size} positive stages. */
final class Partial {
    private final Event[] events;
    private final Ordinal first;
    private final Ordinal last;

    private Partial(Event[] events, Ordinal first, Ordinal last) {
        this.events = events;
        this.first = first;
        this.last = last;
    }

    static Partial start(Event event, Ordinal ordinal) {
        return new Partial(new Event[] {event}, ordinal, ordinal);
    }

    Partial extend(Event event, Ordinal ordinal) {
        Event[] next = Arrays.copyOf(events, events.length + 1);
        next[events.length] = event;
        return new Partial(next, first, ordinal);
    }

    Ordinal first() {
        return first;
    }

    Ordinal last() {
        return last;
    }

    List<Event> events() {
        return List.of(events);
    }
}
