package io.regionwatch.eql;

/** How a numeric timestamp is read; ISO-8601 strings are always read as instants. */
public enum TimestampUnit {
    /**
     * Chosen by magnitude, which is unambiguous for dates after 1973: below 1e11 seconds, below 1e14
     * milliseconds, below 1e17 microseconds, below 5e17 FILETIME ticks, else nanoseconds.
     */
    AUTO,
    EPOCH_SECONDS, EPOCH_MILLIS, EPOCH_MICROS, EPOCH_NANOS,
    /** Windows FILETIME: 100 ns ticks since 1601-01-01 (the Endgame test data uses it). */
    FILETIME
}
