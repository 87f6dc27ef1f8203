package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Matcher;

/**
 * Feeds an order-sensitive detection (an EQL sequence or sample) the events of a batch in time
 * order. The scan reads files in path order, and a CloudTrail bucket sorts by region before date, so
 * "creation in ap-southeast-1, then CreateUser logged in us-east-1" would otherwise depend on
 * directory names. Only the detection's candidates are held (events passing some stage), and they
 * are released, sorted, when the batch ends.
 */
public final class TimeOrderedDetection implements Detection {
    private final Detection inner;
    private final Matcher candidates;
    private final TimeOrderedBuffer buffer;

    public TimeOrderedDetection(Detection inner, Matcher candidates, EventTime time, int capacity) {
        this.inner = inner;
        this.candidates = candidates;
        this.buffer = new TimeOrderedBuffer(time, capacity);
    }

    @Override
    public void accept(Event event, MatchListener listener) {
        if (candidates.matches(event)) {
            buffer.add(event, e -> inner.accept(e, listener));
        }
    }

    @Override
    public void finish(MatchListener listener) {
        buffer.drain(e -> inner.accept(e, listener));
        inner.finish(listener);
    }
}
