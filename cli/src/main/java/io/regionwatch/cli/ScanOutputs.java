package io.regionwatch.cli;

import io.regionwatch.cli.config.Config;
import io.regionwatch.cli.output.JsonSummary;
import io.regionwatch.cli.output.NdjsonAlertSink;
import io.regionwatch.cli.output.NdjsonWriter;
import io.regionwatch.cli.output.ScanProgress;
import io.regionwatch.cli.output.ScanSummary;
import io.regionwatch.cli.output.Terminal;
import io.regionwatch.cli.report.HtmlReport;
import io.regionwatch.cli.report.ReportData;
import io.regionwatch.cli.sink.BulkAlertSink;
import io.regionwatch.cli.sink.BulkEventWriter;
import io.regionwatch.cli.sink.DeadLetterFile;
import io.regionwatch.cli.sink.CsvAlertSink;
import io.regionwatch.cli.sink.OcsfAlertSink;
import io.regionwatch.cli.sink.OcsfFindingMapper;
import io.regionwatch.cli.sink.RetryPolicy;
import io.regionwatch.cli.sink.TableAlertSink;
import io.regionwatch.cli.sink.TeeAlertSink;
import io.regionwatch.cli.sink.WebhookFormat;
import io.regionwatch.cli.sink.WebhookSink;
import io.regionwatch.cli.sink.WebhookTemplate;
import io.regionwatch.core.alert.AlertSink;
import io.regionwatch.core.event.Event;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The scan options that choose where alerts go and what the terminal shows, and the sinks they build. */
final class ScanOutputs {
    enum Format { NDJSON, CSV, TABLE, OCSF }

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private Format format = Format.NDJSON;
    private WebhookFormat webhookFormat = WebhookFormat.SLACK;

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "ndjson",
            description = "Format of --alerts: ndjson (Elastic alert documents), csv, table, or ocsf (OCSF 1.3 Detection Findings).")
    void outputFormat(String value) {
        format = choice(Format.class, value, "--output-format");
    }

    @Option(names = "--webhook-format", paramLabel = "FORMAT", defaultValue = "slack", description = "slack, teams, or alert (the whole document).")
    void webhookFormat(String value) {
        webhookFormat = choice(WebhookFormat.class, value, "--webhook-format");
    }

    @Option(names = "--opensearch", paramLabel = "URL", description = "Also write alerts to Elasticsearch/OpenSearch with _bulk (http://user:pass@host:9200).")
    URI opensearch;

    @Option(names = "--opensearch-index", paramLabel = "INDEX", defaultValue = BulkAlertSink.DEFAULT_INDEX,
            description = "Index or alias for --opensearch (default: ${DEFAULT-VALUE}).")
    String opensearchIndex;

    @Option(names = "--opensearch-events", paramLabel = "INDEX", arity = "0..1", fallbackValue = BulkEventWriter.DEFAULT_INDEX,
            description = "With --opensearch, also write the normalized events (default index: " + BulkEventWriter.DEFAULT_INDEX + ").")
    String eventsIndex;

    @Option(names = "--webhook", paramLabel = "URL", description = "Also post each alert to this webhook (Slack, Teams, or any JSON receiver).")
    URI webhook;

    @Option(names = "--webhook-template", paramLabel = "FILE",
            description = "A JSON file with {{field.path}} placeholders, posted instead of --webhook-format.")
    Path webhookTemplate;

    @Option(names = "--dead-letters", paramLabel = "FILE", defaultValue = "regionwatch-dead-letters.ndjson",
            description = "Where alerts that --opensearch or --webhook could not deliver are kept (default: ${DEFAULT-VALUE}).")
    Path deadLetters;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    Path report;

    @Option(names = "--json-summary", description = "Print the run summary as one JSON object on stderr.")
    boolean jsonSummary;

    private ReportData reportData;
    private ScanProgress progress;
    private BulkAlertSink bulk;
    private BulkEventWriter bulkEvents;
    private WebhookSink hook;
    private DeadLetterFile deadLetterFile;

    /**
     * Builds the sinks for this run and the progress bar when stderr is a terminal. A bad webhook
     * template is reported here, before anything is read or written.
     */
    Scan.SinkOpener opener(Config config, List<String> inputs, boolean quiet, PrintWriter err) throws IOException {
        deadLetterFile = new DeadLetterFile(deadLetters);
        WebhookTemplate template = webhookTemplate == null ? null : template();
        return target -> {
            // alert lines streaming to the same terminal would tear the bar; a table prints only at the end
            boolean alertsOnTerminal = "-".equals(target) && format != Format.TABLE && Terminal.isTty(1);
            List<AlertSink> sinks = new ArrayList<>();
            if (!quiet && !jsonSummary && !alertsOnTerminal && Terminal.isTty(2)) {
                progress = new ScanProgress(err, inputs);
                sinks.add(progressEraser());
            }
            sinks.add(primary(target));
            addNetworkSinks(sinks, template);
            if (report != null) {
                reportData = new ReportData(config.approvedRegions(), config.source());
                sinks.add(alert -> reportData.observeAlert(alert.document()));
            }
            return sinks.size() == 1 ? sinks.get(0) : new TeeAlertSink(sinks);
        };
    }

    /** First in line, so the bar is erased before any sink prints at close (the table does). */
    private AlertSink progressEraser() {
        return new AlertSink() {
            @Override
            public void write(io.regionwatch.core.alert.Alert alert) {
            }

            @Override
            public void close() {
                progress.finish();
            }
        };
    }

    private void addNetworkSinks(List<AlertSink> sinks, WebhookTemplate template) {
        if (opensearch != null) {
            bulk = new BulkAlertSink(opensearch, opensearchIndex, RetryPolicy.DEFAULT, deadLetterFile);
            sinks.add(bulk);
            if (eventsIndex != null) {
                bulkEvents = new BulkEventWriter(opensearch, eventsIndex, RetryPolicy.DEFAULT, deadLetterFile);
            }
        }
        if (webhook != null) {
            hook = template == null ? new WebhookSink(webhook, webhookFormat, RetryPolicy.DEFAULT, deadLetterFile)
                    : new WebhookSink(webhook, template, RetryPolicy.DEFAULT, deadLetterFile);
            sinks.add(hook);
        }
    }

    private AlertSink primary(String target) throws IOException {
        boolean stdout = "-".equals(target);
        return switch (format) {
            case NDJSON -> new NdjsonAlertSink(NdjsonWriter.open(target));
            case OCSF -> new OcsfAlertSink(NdjsonWriter.open(target), new OcsfFindingMapper(version()));
            case CSV -> new CsvAlertSink(stdout ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                    : Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8), !stdout);
            case TABLE -> stdout ? new TableAlertSink(new PrintWriter(System.out, false, StandardCharsets.UTF_8), Terminal.isTty(1))
                    : new TableAlertSink(new PrintWriter(Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)), false);
        };
    }

    /** The report, the progress bar and the events index see every event; active once the sinks are open. */
    Scan.EventObserver eventObserver() {
        return new Scan.EventObserver() {
            @Override
            public void accept(Event event) {
                onEvent(event);
            }

            @Override
            public boolean active() {
                return reportData != null || progress != null || bulkEvents != null;
            }
        };
    }

    /** Sees every event: for the report's activity counts, the progress bar and the events index. */
    void onEvent(Event event) {
        if (reportData != null) {
            reportData.observeEvent(event);
        }
        if (progress != null) {
            progress.onEvent(event);
        }
        if (bulkEvents != null) {
            try {
                bulkEvents.write(event);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Writes the report and prints the summary (text, JSON, or nothing with --quiet). */
    void finish(PrintWriter err, boolean quiet, Scan.Result result, int ruleCount, Config config, String rejectsFile)
            throws IOException {
        if (progress != null) {
            progress.finish();
        }
        if (bulkEvents != null) {
            bulkEvents.close();
        }
        deadLetterFile.close();
        if (reportData != null) {
            new HtmlReport().write(reportData, report, Instant.now());
        }
        if (jsonSummary) {
            Map<String, Object> summary = JsonSummary.of(result.read(), result.alerts(), ruleCount, config,
                    result.elapsedNanos(), rejectsFile, outputs(result.spill()));
            summary.put("limits_hit", JsonSummary.limitHits(result.limitHits()));
            err.println(NdjsonWriter.toJson(summary));
            err.flush();
        } else if (!quiet) {
            ScanSummary.print(err, result.read(), result.alerts(), ruleCount, config, result.elapsedNanos(), rejectsFile);
            ScanSummary.printLimitHits(err, result.limitHits());
            if (result.spill().events() > 0) {
                err.printf("  time-ordering: %d events sorted on disk in %d runs (raise --sort-memory to keep them in memory)%n",
                        result.spill().events(), result.spill().runs());
            }
            outputLines(err);
        }
    }

    private Map<String, Object> outputs(Scan.Spill spill) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (spill.events() > 0) {
            out.put("sort_spill", Map.of("events", spill.events(), "runs", spill.runs()));
        }
        if (bulk != null) {
            out.put("opensearch", Map.of("created", bulk.created(), "already_present", bulk.alreadyPresent(), "failed", bulk.failed()));
        }
        if (bulkEvents != null) {
            out.put("opensearch_events", Map.of("created", bulkEvents.created(), "already_present", bulkEvents.alreadyPresent(),
                    "failed", bulkEvents.failed()));
        }
        if (hook != null) {
            out.put("webhook", Map.of("delivered", hook.delivered(), "dead_lettered", hook.deadLettered()));
        }
        if (report != null) {
            out.put("report", report.toString());
        }
        return out;
    }

    private void outputLines(PrintWriter err) {
        if (bulk != null) {
            err.printf("  opensearch: %d alerts created, %d already present, %d failed%n", bulk.created(), bulk.alreadyPresent(),
                    bulk.failed());
        }
        if (bulkEvents != null) {
            err.printf("  opensearch: %d events created, %d already present, %d failed%n", bulkEvents.created(),
                    bulkEvents.alreadyPresent(), bulkEvents.failed());
        }
        if (hook != null) {
            err.printf("  webhook: %d delivered, %d dead-lettered%n", hook.delivered(), hook.deadLettered());
        }
        if (deadLetterFile.written() > 0) {
            err.printf("  undelivered alerts kept in %s%n", deadLetters);
        }
        if (report != null) {
            err.printf("  report written to %s%n", report);
        }
        err.flush();
    }

    private WebhookTemplate template() throws IOException {
        try {
            return WebhookTemplate.parse(Files.readString(webhookTemplate, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), webhookTemplate + ": " + e.getMessage());
        }
    }

    /** The enum constant named {@code value} in any case, or a usage error listing the choices. */
    private <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String choices = java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(", "));
            throw new ParameterException(mixee.commandLine(), "Invalid value for " + option + ": '" + value + "' (choose one of " + choices + ")");
        }
    }

    private static String version() {
        String v = ScanOutputs.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
