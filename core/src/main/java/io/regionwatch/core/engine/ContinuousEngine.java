package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The engine for a stream that never ends (watch mode, a Kafka Streams task): an
 * {@link EventTimeGate} restores event-time order within the lateness allowance, and the watermark
 * lets stateful detections hand on what they held and suppression windows close, without waiting
 * for an end of input. Given the same calls in the same order it writes the same alerts, so a
 * caller can rebuild its state after a crash by replaying its input.
 */
public final class ContinuousEngine {
    private final DetectionEngine engine;
    private final EventTimeGate gate;

    public ContinuousEngine(DetectionEngine engine, Duration lateness) {
        this.engine = engine;
        this.gate = new EventTimeGate(EventTime.standard(), lateness);
    }

    /** Over several inputs: see {@link EventTimeGate#EventTimeGate(EventTime, Duration, java.util.function.Function, Duration)}. */
    public ContinuousEngine(DetectionEngine engine, Duration lateness, java.util.function.Function<Event, String> lane,
            Duration laneIdle) {
        this.engine = engine;
        this.gate = new EventTimeGate(EventTime.standard(), lateness, lane, laneIdle);
    }

    /** One event, in arrival order. */
    public void accept(Event event) throws IOException {
        try {
            gate.offer(event, this::process);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** After a batch of arrivals (a file chunk, a poll of records): let the watermark act. */
    public void endOfBatch() throws IOException {
        engine.advance(gate.watermark());
    }

    /** The input went quiet: release everything held, as if the allowance had passed. */
    public void idle() throws IOException {
        try {
            gate.flush(this::process);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        engine.advance(gate.watermark());
    }

    /** End of input: release everything and flush what only the end can decide, as a scan does. */
    public void finish() throws IOException {
        idle();
        engine.finish();
    }

    private void process(Event event) {
        try {
            engine.process(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DetectionEngine engine() {
        return engine;
    }

    public EventTimeGate gate() {
        return gate;
    }
}
