package io.regionwatch.cli.watch;

import io.regionwatch.core.engine.ContinuousEngine;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The status line on stderr: files known, records read and their rate since the last line, how far
 * behind the reader is (unread bytes, and wall clock minus the event-time watermark), alerts.
 */
final class WatchStatus {
    private final PrintWriter err;
    private final Clock clock;
    private final Duration every;
    private long records;
    private long replayedRecords;
    private long lastRecords;
    private long lastPrint = System.nanoTime();

    WatchStatus(PrintWriter err, Clock clock, Duration every) {
        this.err = err;
        this.clock = clock;
        this.every = every;
    }

    void countRecord(boolean replay) {
        if (replay) {
            replayedRecords++;
        } else {
            records++;
        }
    }

    void replayed(long droppedAlerts) {
        if (replayedRecords > 0) {
            err.println("regionwatch watch: replayed " + replayedRecords + " records from the read log to rebuild rule state ("
                    + droppedAlerts + " alerts already written)");
        }
    }

    void warn(String message) {
        err.println("regionwatch watch: " + message);
    }

    void maybePrint(FolderPoller poller, ContinuousEngine engine, AlertLog alerts) {
        if (!every.isZero() && System.nanoTime() - lastPrint >= every.toNanos()) {
            print(poller, engine, alerts);
        }
    }

    void print(FolderPoller poller, ContinuousEngine engine, AlertLog alerts) {
        long now = System.nanoTime();
        double seconds = Math.max(1e-9, (now - lastPrint) / 1e9);
        Instant watermark = engine.gate().watermark();
        String lag = watermark == null ? "-" : format(Duration.between(watermark, clock.instant()));
        err.printf("regionwatch watch: %d files, %d records (%.0f/s), lag %d bytes / %s, %d alerts, %d held, %d late%n",
                poller.fileCount(), records, (records - lastRecords) / seconds, poller.pendingBytes(), lag, alerts.written(),
                engine.gate().held(), engine.gate().late());
        lastRecords = records;
        lastPrint = now;
    }

    private static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 120 ? s + "s" : s < 7200 ? s / 60 + "m" : s / 3600 + "h";
    }
}
