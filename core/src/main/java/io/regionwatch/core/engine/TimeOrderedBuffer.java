package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds the events a stateful detection cares about until the end of a batch, then hands them on in
 * time order. Files of one scan are read in path order, not time order (a CloudTrail bucket is
 * sorted by region before date), so first-seen and windowed counts must not trust arrival order.
 * Only events that passed the rule's query are held, which for region rules is a small fraction;
 * past {@code capacity} the buffer drains early, in order, and says so.
 */
public final class TimeOrderedBuffer {
    private final EventTime time;
    private final int capacity;
    private final List<Event> held = new ArrayList<>();
    private long earlyDrains;

    public TimeOrderedBuffer(EventTime time, int capacity) {
        this.time = time;
        this.capacity = capacity;
    }

    /** Adds an event; drains to {@code sink} in time order first if the buffer is full. */
    public void add(Event event, Consumer<Event> sink) {
        if (held.size() >= capacity) {
            earlyDrains++;
            drain(sink);
        }
        held.add(event);
    }

    public void drain(Consumer<Event> sink) {
        // each time parsed once, not twice per comparison; the order is EventTime.order()'s
        List<Timed> batch = new ArrayList<>(held.size());
        for (Event e : held) {
            batch.add(new Timed(time.of(e), e));
        }
        held.clear();
        batch.sort(Timed.ORDER);
        batch.forEach(t -> sink.accept(t.event()));
    }

    private record Timed(Instant at, Event event) {
        static final Comparator<Timed> ORDER = Comparator.comparing(Timed::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(t -> t.event().origin().source())
                .thenComparingLong(t -> t.event().origin().index());
    }

    /** How often the buffer filled up and drained before the batch ended (order is then per part). */
    public long earlyDrains() {
        return earlyDrains;
    }
}
