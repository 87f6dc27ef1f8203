package io.regionwatch.cli.watch;

import io.regionwatch.cli.redact.Redactor;
import io.regionwatch.ingest.Limits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a watch run was asked for; durations are wall-clock except {@code lateness} and {@code horizon} (event time).
 * {@code redactor} and {@code limits} are the configuration's, as scan applies them.
 */
record WatchOptions(List<Path> roots, boolean fromBeginning, String alerts, String rejects, boolean preserveOriginal,
        Duration poll, Duration lateness, Duration idleFlush, Duration exitWhenIdle, Duration statusEvery, Duration horizon,
        Redactor redactor, Limits limits) {
    /** Without redaction and with the default ingest limits. */
    WatchOptions(List<Path> roots, boolean fromBeginning, String alerts, String rejects, boolean preserveOriginal,
            Duration poll, Duration lateness, Duration idleFlush, Duration exitWhenIdle, Duration statusEvery, Duration horizon) {
        this(roots, fromBeginning, alerts, rejects, preserveOriginal, poll, lateness, idleFlush, exitWhenIdle, statusEvery, horizon,
                Redactor.none(), Limits.defaults());
    }
}
