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
    private io.regionwatch.core.limit.LimitTally limitTally = new io.regionwatch.core.limit.LimitTally();

    WatchStatus(PrintWriter err, Clock clock, Duration every) {
        this.err = err;
        this.clock = clock;
        this.every = every;
    }

    /** The tally the rules report state drops to; a status line counts them so a long run shows them before it ends. */
    void limitTally(io.regionwatch.core.limit.LimitTally tally) {
        this.limitTally = tally;
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
        long drops = limitTally.entries().stream().mapToLong(io.regionwatch.core.limit.LimitTally.Entry::count).sum();
        err.printf("regionwatch watch: %d files, %d records (%.0f/s), lag %d bytes / %s, %d alerts, %d held, %d late%s%n",
                poller.fileCount(), records, (records - lastRecords) / seconds, poller.pendingBytes(), lag, alerts.written(),
                engine.gate().held(), engine.gate().late(), drops == 0 ? "" : ", " + drops + " state items dropped at limits");
        lastRecords = records;
        lastPrint = now;
    }

    /** At the end of a run, each bound on rule state that dropped state (as scan's summary prints them). */
    void limitHits(java.util.List<io.regionwatch.core.limit.LimitTally.Entry> hits) {
        io.regionwatch.cli.output.ScanSummary.printLimitHits(err, hits);
    }

    private static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 120 ? s + "s" : s < 7200 ? s / 60 + "m" : s / 3600 + "h";
    }
}
