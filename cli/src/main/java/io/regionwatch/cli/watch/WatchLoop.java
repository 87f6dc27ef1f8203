package io.regionwatch.cli.watch;

import io.regionwatch.cli.output.RejectFile;
import io.regionwatch.cli.state.SqliteStateStore;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.engine.ContinuousEngine;
import io.regionwatch.core.engine.DetectionEngine;
import io.regionwatch.core.engine.EventTime;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.limit.LimitTally;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.Reject;
import io.regionwatch.ingest.Skip;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * read → normalize → evaluate → alert, forever: poll the folders, feed each new chunk through the
 * event-time gate and the engine, and checkpoint after every poll that read something. On start
 * the read log is replayed (alerts already written are dropped) so that sequences, thresholds and
 * suppression windows are exactly where the last checkpoint left them.
 */
final class WatchLoop {
    private static final EventTime TIME = EventTime.standard();
    private final WatchOptions options;
    private final SqliteStateStore store;
    private final WatchCheckpoints checkpoints;
    private final AlertLog alerts;
    private final ContinuousEngine engine;
    private final Ingestor ingestor;
    private final RejectFile rejects;
    private final WatchStatus status;
    private final LimitTally limitTally;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private long nextSeq;
    private boolean replaying;

    WatchLoop(WatchOptions options, SqliteStateStore store, List<Rule> rules, PrintWriter err, Clock clock) throws IOException {
        this(options, store, rules, err, clock, new LimitTally());
    }

    /** {@code limitTally} is where the rules were loaded to report state dropped at their bounds; status lines print it. */
    WatchLoop(WatchOptions options, SqliteStateStore store, List<Rule> rules, PrintWriter err, Clock clock, LimitTally limitTally)
            throws IOException {
        this.options = options;
        this.limitTally = limitTally;
        this.store = store;
        this.checkpoints = WatchCheckpoints.open(store.connection());
        store.commit();
        this.alerts = AlertLog.open(options.alerts(), checkpoints.alertBytes(), checkpoints.emittedAlerts());
        this.engine = new ContinuousEngine(new DetectionEngine(rules, new AlertFactory(clock), alerts), options.lateness());
        this.ingestor = new Ingestor(new IngestOptions(false, options.preserveOriginal(), options.limits()));
        this.rejects = new RejectFile(options.rejects(), options.redactor());
        this.status = new WatchStatus(err, clock, options.statusEvery());
        status.limitTally(limitTally);
    }

    /** Runs until {@link #stop()} or, with {@code exitWhenIdle}, until the folders stay quiet that long. */
    void run() throws IOException {
        try {
            replay();
            FolderPoller poller = new FolderPoller(options.roots(), checkpoints.files());
            if (checkpoints.files().isEmpty() && !options.fromBeginning()) {
                poller.skipExisting().forEach(checkpoints::saveFile);
                store.commit();
            }
            loop(poller);
        } finally {
            rejects.close();
            alerts.close();
            stopped.countDown();
        }
    }

    private void loop(FolderPoller poller) throws IOException {
        long quietSince = System.nanoTime();
        boolean flushedSinceData = true;
        while (stopRequested.getCount() > 0) {
            List<FolderPoller.Chunk> chunks = poller.poll();
            for (FolderPoller.Chunk chunk : chunks) {
                if (stopRequested.getCount() == 0) {
                    break;
                }
                Instant latest = feed(chunk.path(), chunk.data());
                checkpoints.appendRead(new WatchCheckpoints.Read(nextSeq++, chunk.path(), chunk.start(), chunk.end()), latest);
                checkpoints.saveFile(poller.advance(chunk));
            }
            long quiet = System.nanoTime() - quietSince;
            if (!chunks.isEmpty()) {
                commit();
                quietSince = System.nanoTime();
                flushedSinceData = false;
            } else if (!flushedSinceData && quiet >= options.idleFlush().toNanos()) {
                engine.idle();
                checkpoints.appendRead(WatchCheckpoints.Read.marker(nextSeq++, WatchCheckpoints.Read.IDLE), null);
                commit();
                flushedSinceData = true;
            } else if (options.exitWhenIdle() != null && quiet >= options.exitWhenIdle().toNanos()) {
                engine.finish();
                checkpoints.appendRead(WatchCheckpoints.Read.marker(nextSeq++, WatchCheckpoints.Read.FINISH), null);
                commit();
                break;
            }
            status.maybePrint(poller, engine, alerts);
            await(options.poll());
        }
        commit();
        status.print(poller, engine, alerts);
        status.limitHits(limitTally.entries());
    }

    private void replay() throws IOException {
        replaying = true;
        for (WatchCheckpoints.Read read : checkpoints.reads()) {
            nextSeq = read.seq() + 1;
            if (read.marker()) {
                if (read.start() == WatchCheckpoints.Read.FINISH) {
                    engine.finish();
                } else {
                    engine.idle();
                }
                continue;
            }
            byte[] data;
            try {
                data = FolderPoller.read(Path.of(read.path()), read.start(), (int) (read.end() - read.start()));
            } catch (IOException gone) {
                status.warn("cannot replay " + read.path() + " (" + gone.getMessage() + "); rule state may miss its events");
                continue;
            }
            feed(read.path(), data);
        }
        replaying = false;
        status.replayed(alerts.replayed());
    }

    /** Runs one chunk through the engine; returns the latest event time in it (null if none). */
    private Instant feed(String source, byte[] data) throws IOException {
        Instant[] latest = new Instant[1];
        try {
            ingestor.ingest(new ByteArrayInputStream(data), source, new IngestListener() {
                @Override
                public void onEvent(Event raw) {
                    // masked before the engine, its state and the alert log see it, as in scan
                    Event e = options.redactor().apply(raw);
                    Instant at = TIME.of(e);
                    if (at != null && (latest[0] == null || at.isAfter(latest[0]))) {
                        latest[0] = at;
                    }
                    try {
                        engine.accept(e);
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                    status.countRecord(replaying);
                }

                @Override
                public void onReject(Reject r) {
                    if (!replaying) {
                        rejects.write(r);
                    }
                    status.countRecord(replaying);
                }

                @Override
                public void onSkip(Skip s) {
                    status.countRecord(replaying);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        engine.endOfBatch();
        return latest[0];
    }

    /** Alerts to disk first, then offsets + alert ids + file length + baselines in one transaction. */
    private void commit() throws IOException {
        List<String> ids = alerts.flush();
        checkpoints.recordAlerts(ids, alerts.size());
        if (engine.gate().watermark() != null) {
            checkpoints.pruneReads(engine.gate().watermark().minus(options.horizon()));
        }
        store.commit();
    }

    void stop() {
        stopRequested.countDown();
    }

    boolean awaitStopped(long millis) throws InterruptedException {
        return stopped.await(millis, TimeUnit.MILLISECONDS);
    }

    private void await(java.time.Duration d) {
        try {
            stopRequested.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }
}
