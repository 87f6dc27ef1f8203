package io.regionwatch.cli.report;

import io.regionwatch.cli.config.Config;
import io.regionwatch.cli.config.ConfigLoader;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.rule.ApprovedRegions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code regionwatch report}: one self-contained HTML page from alert files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report (map, timeline, breakdowns, alerts with evidence) from alert NDJSON files.")
public final class ReportCommand implements Callable<Integer> {
    private static final int OK = 0;
    private static final int DATA_ERROR = 65;
    private static final int IO_ERROR = 74;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ALERTS", description = "Alert files as written by scan (NDJSON), or - for stdin.")
    List<String> alertFiles;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html", description = "The HTML file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--events", paramLabel = "FILE",
            description = "Normalized events (regionwatch normalize output) to count as activity; without them, activity is what the alerts show.")
    List<String> eventFiles;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file with approved_regions (default: ./regionwatch.yml if present).")
    Path config;

    @Option(names = "--approved-regions", split = ",", paramLabel = "REGION", description = "Approved regions, comma-separated; replaces the configured list.")
    List<String> approvedRegions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Config loaded = loadConfig();
            ReportData data = new ReportData(loaded.approvedRegions(), loaded.source());
            long bad = 0;
            for (String file : alertFiles) {
                bad += AlertFiles.read(file, doc -> {
                    data.observeAlert(doc);
                    if (eventFiles == null) {
                        data.observeEvent(ReportData.asEvent(doc));
                    }
                });
            }
            for (String file : eventFiles == null ? List.<String>of() : eventFiles) {
                bad += AlertFiles.read(file, doc -> data.observeEvent(ReportData.asEvent(doc)));
            }
            new HtmlReport().write(data, out, Instant.now());
            err.printf("regionwatch: report with %d alerts written to %s%s%n", data.alertCount, out,
                    bad > 0 ? " (" + bad + " unreadable lines skipped)" : "");
            return OK;
        } catch (DiagnosticException e) {
            e.diagnostics().forEach(err::println);
            return DATA_ERROR;
        } catch (IOException e) {
            err.println("regionwatch: " + e);
            return IO_ERROR;
        }
    }

    private Config loadConfig() throws IOException, DiagnosticException {
        Path file = config != null ? config : Files.isRegularFile(Path.of("regionwatch.yml")) ? Path.of("regionwatch.yml") : null;
        Config loaded = file != null ? ConfigLoader.load(file) : Config.defaults();
        if (approvedRegions != null) {
            loaded = loaded.withApprovedRegions(ApprovedRegions.of(approvedRegions.stream().map(String::strip).toList()),
                    "--approved-regions");
        }
        return loaded;
    }
}
