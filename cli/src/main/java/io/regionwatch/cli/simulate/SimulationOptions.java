package io.regionwatch.cli.simulate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What to simulate: the random seed, the first instant of the simulated window and how many
 * benign background records to write (spread over AWS, Azure and GCP).
 */
public record SimulationOptions(long seed, Instant start, int backgroundEvents) {

    /** Seed used for the bundled examples: the technique number, so it is easy to remember. */
    public static final long DEFAULT_SEED = 1535L;
    public static final Instant DEFAULT_START = Instant.parse("2026-11-02T08:00:00Z");
    public static final int DEFAULT_BACKGROUND_EVENTS = 400;

    public SimulationOptions {
        Objects.requireNonNull(start, "start");
        if (backgroundEvents < 0) {
            throw new IllegalArgumentException("backgroundEvents must be >= 0: " + backgroundEvents);
        }
        // Whole seconds keep every derived timestamp on the same grid as the real logs.
        start = start.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The options the bundled {@code examples/} folder was generated with. */
    public static SimulationOptions defaults() {
        return new SimulationOptions(DEFAULT_SEED, DEFAULT_START, DEFAULT_BACKGROUND_EVENTS);
    }
}
