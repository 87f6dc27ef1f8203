package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import java.util.ArrayList;
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
        held.sort(time.order());
        List<Event> batch = new ArrayList<>(held);
        held.clear();
        batch.forEach(sink);
    }

    /** How often the buffer filled up and drained before the batch ended (order is then per part). */
    public long earlyDrains() {
        return earlyDrains;
    }
}
