package io.regionwatch.cli;

import io.regionwatch.cli.output.AlertTally;
import io.regionwatch.cli.output.NdjsonAlertSink;
import io.regionwatch.cli.output.NdjsonWriter;
import io.regionwatch.cli.output.RejectFile;
import io.regionwatch.cli.redact.Redactor;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.engine.DetectionEngine;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.Limits;
import io.regionwatch.ingest.ReadStats;
import io.regionwatch.ingest.Reject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * One scan, the whole product in one method: read → normalize (the ingestor) → evaluate (the engine)
 * → alert (the sink). Everything it needs is passed in; it keeps no global state.
 */
final class Scan {
    /** What the caller asked for. */
    record Request(List<String> inputs, List<Rule> rules, String alertsTarget, String rejectsTarget, boolean preserveOriginal,
            Redactor redactor, Limits limits) {
    }

    /** What happened: the reading accounting, the alert counts and the wall time. */
    record Result(ReadStats read, AlertTally alerts, long rejectsWritten, long elapsedNanos) {
    }

    private Scan() {
    }

    static Result run(Request request, Clock clock) throws IOException {
        long start = System.nanoTime();
        try (AlertTally alerts = new AlertTally(new NdjsonAlertSink(NdjsonWriter.open(request.alertsTarget())));
                RejectFile rejects = new RejectFile(request.rejectsTarget())) {
            DetectionEngine engine = new DetectionEngine(request.rules(), new AlertFactory(clock), alerts);
            Ingestor ingestor = new Ingestor(new IngestOptions(false, request.preserveOriginal(), request.limits()));
            ReadStats stats = ingestor.ingest(request.inputs(), new IngestListener() {
                @Override
                public void onEvent(Event event) {
                    try {
                        engine.process(request.redactor().apply(event));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void onReject(Reject reject) {
                    rejects.write(reject);
                }
            });
            engine.finish();
            return new Result(stats, alerts, rejects.written(), System.nanoTime() - start);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
