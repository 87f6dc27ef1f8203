package io.regionwatch.cli;

import io.regionwatch.cli.output.AlertTally;
import io.regionwatch.cli.output.NdjsonAlertSink;
import io.regionwatch.cli.output.NdjsonWriter;
import io.regionwatch.cli.output.RejectFile;
import io.regionwatch.cli.redact.Redactor;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.alert.AlertSink;
import io.regionwatch.core.engine.DetectionEngine;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.limit.LimitTally;
import io.regionwatch.core.match.ActionInterest;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.state.StateStore;
import io.regionwatch.ingest.PreparingListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.Limits;
import io.regionwatch.ingest.ReadStats;
import io.regionwatch.ingest.Reject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * One scan, the whole product in one method: read → normalize (the ingestor) → evaluate (the engine)
 * → alert (the sink). Everything it needs is passed in; it keeps no global state.
 */
final class Scan {
    /** What the caller asked for; {@code prefilter}: pass over records whose action no rule can look at. */
    record Request(List<String> inputs, List<Rule> rules, String alertsTarget, String rejectsTarget, boolean preserveOriginal,
            StateStore state, int threads, Redactor redactor, Limits limits, DetectionEngine.Ordering ordering,
            LimitTally limitTally, boolean prefilter) {
    }

    /**
     * What happened: the reading accounting, the alert counts, the wall time, the time-ordering sort's
     * use of disk, and every bound on rule state that made a rule drop state (the rules must have
     * been loaded with the request's tally).
     */
    record Result(ReadStats read, AlertTally alerts, long rejectsWritten, long elapsedNanos, Spill spill,
            List<LimitTally.Entry> limitHits) {
    }

    /** Events the order-sensitive rules' sort wrote to disk, in how many sorted runs (zero when it fit in memory). */
    record Spill(long events, long runs) {
    }

    private Scan() {
    }

    /** An event after redaction, with the engine's stateless work on it done. */
    private record Ready(Event event, DetectionEngine.Prepared prepared) {
    }

    /** Opens the alert sink for a target ({@code -} or a file): NDJSON by default, or what the output options chose. */
    interface SinkOpener {
        AlertSink open(String target) throws IOException;
    }

    /**
     * Sees the events the rules see (the HTML report, the progress bar, an events index). While one
     * is active every event is mapped and handed on; with none, a record whose action no rule can
     * look at is checked and counted but not mapped (the engine's {@link DetectionEngine#interest}).
     */
    interface EventObserver extends Consumer<Event> {
        EventObserver NONE = new EventObserver() {
            @Override
            public void accept(Event event) {
            }

            @Override
            public boolean active() {
                return false;
            }
        };

        /** Asked once the sinks are open, before reading. */
        boolean active();
    }

    static Result run(Request request, Clock clock) throws IOException {
        return run(request, clock, target -> new NdjsonAlertSink(NdjsonWriter.open(target)), EventObserver.NONE);
    }

    static Result run(Request request, Clock clock, SinkOpener sinks, EventObserver observer) throws IOException {
        long start = System.nanoTime();
        try (AlertTally alerts = new AlertTally(sinks.open(request.alertsTarget()));
                RejectFile rejects = new RejectFile(request.rejectsTarget(), request.redactor());
                DetectionEngine engine = new DetectionEngine(request.rules(), new AlertFactory(clock), alerts, request.state(),
                        request.ordering())) {
            ActionInterest interest = observer.active() || !request.prefilter() ? ActionInterest.EVERY_EVENT : engine.interest();
            Ingestor ingestor = new Ingestor(new IngestOptions(false, request.preserveOriginal(), request.limits(), interest));
            ReadStats stats = ingestor.ingest(request.inputs(), new PreparingListener<Ready>() {
                /** On the reader threads: redaction and every rule's stateless part. */
                @Override
                public Ready prepare(Event event) {
                    // secrets are masked before anything sees the event: rules, outputs, state
                    Event redacted = request.redactor().apply(event);
                    return new Ready(redacted, engine.prepare(redacted));
                }

                @Override
                public void onPrepared(Event event, Ready ready) {
                    observer.accept(ready.event());
                    try {
                        engine.process(ready.event(), ready.prepared());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void onReject(Reject reject) {
                    rejects.write(reject);
                }
            }, request.threads());
            engine.finish();
            return new Result(stats, alerts, rejects.written(), System.nanoTime() - start,
                    new Spill(engine.spilledEvents(), engine.spills()), request.limitTally().entries());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
