package io.regionwatch.cli;

import io.regionwatch.cli.watch.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The event-time options every continuous mode takes (watch, kafka), with the same names and defaults. */
public final class EventTimeOptions {
    @Option(names = "--lateness", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Event-time allowance for late, out-of-order records (default: ${DEFAULT-VALUE}).")
    Duration lateness;

    @Option(names = "--horizon", paramLabel = "DURATION", defaultValue = "2h", converter = DurationConverter.class,
            description = "Event time kept (watch: the read log; kafka: the journal) to rebuild windowed rule state after a"
                    + " restart; at least the longest maxspan, window or suppression plus the lateness (default: ${DEFAULT-VALUE}).")
    Duration horizon;

    public Duration lateness() {
        return lateness;
    }

    public Duration horizon() {
        return horizon;
    }
}
