package io.regionwatch.cli.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What a watch run was asked for; durations are wall-clock except {@code lateness} and {@code horizon} (event time). */
record WatchOptions(List<Path> roots, boolean fromBeginning, String alerts, String rejects, boolean preserveOriginal,
        Duration poll, Duration lateness, Duration idleFlush, Duration exitWhenIdle, Duration statusEvery, Duration horizon) {
}
