package io.regionwatch.eql;

/** How a numeric timestamp is read; ISO-8601 strings are always read as instants. */
public enum TimestampUnit {
    EPOCH_SECONDS, EPOCH_MILLIS, EPOCH_MICROS, EPOCH_NANOS,
    /** Windows FILETIME: 100 ns ticks since 1601-01-01 (the Endgame test data uses it). */
    FILETIME
}
