package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Puts a stream that arrives out of order back into event-time order within a bounded allowance,
 * as continuous detection needs: CloudTrail delivers up to ~15 minutes late and out of order. Events
 * are held until the watermark (the latest event time seen minus the allowance) passes them, then
 * released in the same (time, source, index) order a scan sorts by. An event older than the
 * watermark on arrival is released at once and counted as late; one without a time is released at
 * once. Deterministic: the same arrivals give the same releases, which crash recovery relies on.
 */
public final class EventTimeGate {
    private final EventTime time;
    private final Duration allowance;
    private final Function<Event, String> lane;
    private final Duration laneIdle;
    private final Map<String, Instant> laneMax = new HashMap<>();
    private final PriorityQueue<Held> held;
    private Instant maxSeen;
    private Instant watermark;
    private long late;

    public EventTimeGate(EventTime time, Duration allowance) {
        this(time, allowance, event -> "", Duration.ZERO);
    }

    /**
     * A gate over several inputs ({@code lane}: the Kafka partition an event came through). The
     * watermark follows the slowest lane, not the fastest: when one input lags (an instance failed
     * over, a partition's backlog is replayed), the others' progress must not make its events late.
     * A lane whose latest event is more than {@code laneIdle} behind the fastest lane's stops holding
     * the watermark back, so one quiet or stuck input delays the others by at most that much.
     */
    public EventTimeGate(EventTime time, Duration allowance, Function<Event, String> lane, Duration laneIdle) {
        this.time = time;
        this.allowance = allowance;
        this.lane = lane;
        this.laneIdle = laneIdle;
        this.held = new PriorityQueue<>(Comparator.comparing(Held::at).thenComparing((Held h) -> h.event.origin().source())
                .thenComparingLong(h -> h.event.origin().index()));
    }

    /** An event with its time read once: the queue compares times on every insert and poll. */
    private record Held(Instant at, Event event) {
    }

    /** Takes one event; releases to {@code release} every held event the new watermark passed. */
    public void offer(Event event, Consumer<Event> release) {
        Instant at = time.of(event);
        if (at == null) {
            release.accept(event);
            return;
        }
        if (watermark != null && at.isBefore(watermark)) {
            late++;
            release.accept(event);
            return;
        }
        held.add(new Held(at, event));
        String key = lane.apply(event);
        Instant previous = laneMax.get(key);
        if (previous == null || at.isAfter(previous)) {
            laneMax.put(key, at);
            if (maxSeen == null || at.isAfter(maxSeen)) {
                maxSeen = at;
            }
            advanceTo(slowestLane().minus(allowance), release);
        }
    }

    /** The latest time of the slowest lane still within {@code laneIdle} of the fastest. */
    private Instant slowestLane() {
        if (laneMax.size() == 1) {
            return maxSeen;
        }
        Instant activeSince = maxSeen.minus(laneIdle);
        Instant slowest = maxSeen;
        for (Instant latest : laneMax.values()) {
            if (latest.isBefore(slowest) && !latest.isBefore(activeSince)) {
                slowest = latest;
            }
        }
        return slowest;
    }

    /** Releases everything held (idle stream or end of input): the watermark jumps to the latest time. */
    public void flush(Consumer<Event> release) {
        if (maxSeen != null) {
            advanceTo(maxSeen, release);
        }
        while (!held.isEmpty()) {
            release.accept(held.poll().event());
        }
    }

    private void advanceTo(Instant mark, Consumer<Event> release) {
        if (watermark == null || mark.isAfter(watermark)) {
            watermark = mark;
        }
        while (!held.isEmpty() && !held.peek().at().isAfter(watermark)) {
            release.accept(held.poll().event());
        }
    }

    /** Event time up to which every event has been released; null before the first timed event. */
    public Instant watermark() {
        return watermark;
    }

    public int held() {
        return held.size();
    }

    /** Events that arrived after the watermark had passed their time (processed out of order). */
    public long late() {
        return late;
    }
}
