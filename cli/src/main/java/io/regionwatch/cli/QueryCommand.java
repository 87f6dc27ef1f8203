package io.regionwatch.cli;

import io.regionwatch.cli.output.NdjsonWriter;
import io.regionwatch.cli.output.RejectFile;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.ActionInterest;
import io.regionwatch.eql.CompiledEql;
import io.regionwatch.eql.Eql;
import io.regionwatch.eql.EqlOptions;
import io.regionwatch.eql.EqlQuery;
import io.regionwatch.eql.TimestampUnit;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.ReadStats;
import io.regionwatch.ingest.Reject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code regionwatch query}: an ad-hoc EQL query over logs, printing matching events or, for
 * sequences and samples, one JSON array per match, in Elasticsearch's result order.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run an EQL query over logs and print the matching events (or sequences) as NDJSON.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EQL", description = "The query, e.g. 'any where cloud.region == \"sa-east-1\"'.")
    String query;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Log files or folders, or - for stdin.")
    List<String> inputs;

    @Option(names = "--raw", description = "Query the JSON documents as they are, without normalizing them to ECS.")
    boolean raw;

    @Option(names = "--timestamp-field", defaultValue = "@timestamp", paramLabel = "FIELD", description = "Default: ${DEFAULT-VALUE}.")
    String timestampField;

    @Option(names = "--tiebreaker-field", paramLabel = "FIELD", description = "Orders events with equal timestamps.")
    String tiebreakerField;

    @Option(names = "--event-category-field", defaultValue = "event.category", paramLabel = "FIELD",
            description = "Field that '<category> where' matches (default: ${DEFAULT-VALUE}).")
    String categoryField;

    @Option(names = "--timestamp-unit", defaultValue = "EPOCH_MILLIS", paramLabel = "UNIT",
            description = "How numeric timestamps are read: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TimestampUnit timestampUnit;

    @Option(names = "--rejects", paramLabel = "FILE", defaultValue = "regionwatch-rejects.ndjson",
            description = "Where rejected records are kept (default: ${DEFAULT-VALUE}).")
    String rejects;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads reading and normalizing files (default: one per core); the query still sees the files' order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-prefilter",
            description = "Map every record to ECS, even one whose action the query cannot match (by default such a CloudTrail"
                    + " record is parsed, checked and counted as evaluated, but neither mapped nor held).")
    boolean noPrefilter;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            EqlQuery parsed = Eql.parse(query, "<query>");
            CompiledEql compiled = parsed.compile(EqlOptions.defaults().timestampField(timestampField)
                    .tiebreakerField(tiebreakerField).categoryField(categoryField).numericTimestamps(timestampUnit));
            List<Event> events = new ArrayList<>();
            ReadStats stats;
            try (RejectFile rejectFile = new RejectFile(rejects)) {
                // only the events that can affect the result are held: a hunt over months keeps its matches, not the months
                ActionInterest interest = raw || noPrefilter ? ActionInterest.EVERY_EVENT : ActionInterest.requiredBy(compiled.candidates());
                stats = new Ingestor(new IngestOptions(raw, false, IngestOptions.defaults().limits(), interest))
                        .ingest(inputs, collector(events, rejectFile), Math.max(1, threads));
            }
            List<List<Event>> results = compiled.execute(events);
            try (NdjsonWriter out = NdjsonWriter.open("-", spec.commandLine().getOut())) {
                for (List<Event> result : results) {
                    out.write(parsed.isSequence() || result.size() > 1 ? result.stream().map(Event::document).toList()
                            : result.get(0).document());
                }
            }
            err.printf(Locale.ROOT, "regionwatch: %d results; read %d = evaluated %d + rejected %d + skipped %d%s%n",
                    results.size(), stats.read(), stats.evaluated(), stats.rejected(), stats.skipped(),
                    stats.passedOver() > 0 ? " (" + stats.passedOver() + " passed over: no match possible for their action)" : "");
            return ExitCodes.OK;
        } catch (DiagnosticException e) {
            return Failures.diagnostics(err, e);
        } catch (IOException e) {
            return Failures.io(err, e);
        }
    }

    private static IngestListener collector(List<Event> events, RejectFile rejects) {
        return new IngestListener() {
            @Override
            public void onEvent(Event event) {
                events.add(event);
            }

            @Override
            public void onReject(Reject reject) {
                rejects.write(reject);
            }
        };
    }
}
