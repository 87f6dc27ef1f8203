package io.regionwatch.cli;

import io.regionwatch.cli.config.Config;
import io.regionwatch.cli.redact.Redactor;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.limit.LimitTally;
import io.regionwatch.core.rule.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import io.regionwatch.core.state.StateStore;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import io.regionwatch.core.engine.DetectionEngine;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code regionwatch scan}: run the rules over log files and write alerts. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan cloud audit logs (files, folders, or - for stdin) and write alerts (NDJSON, CSV, a table or OCSF; "
                + "optionally also to OpenSearch/Elasticsearch, a webhook and an HTML report).")
final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleSetup setup = new RuleSetup();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Log files or folders (walked recursively), or - for stdin.")
    List<String> inputs;

    @Option(names = "--alerts", paramLabel = "FILE|-", defaultValue = "-",
            description = "Where alerts go, one JSON document per line (default: stdout).")
    String alerts;

    @Option(names = "--rejects", paramLabel = "FILE", defaultValue = "regionwatch-rejects.ndjson",
            description = "Where rejected records are kept, created only if there is one (default: ${DEFAULT-VALUE}).")
    String rejects;

    @Option(names = "--preserve-original", description = "Keep each record's raw JSON in event.original.")
    boolean preserveOriginal;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads reading and normalizing files (default: one per core); rules still see the files' order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--redact", description = "Mask secrets (secret keys, session tokens, access key ids) in events before"
            + " rules run, so alerts never carry them; the configuration's redact: section adds fields and patterns.")
    boolean redact;

    @Option(names = "--sort-memory", paramLabel = "SIZE", defaultValue = "64m", converter = ByteSize.class,
            description = "Memory for putting the events of order-sensitive rules (sequences, thresholds, new terms) in time"
                    + " order, e.g. 64m or 1g; beyond it sorted runs go to disk (default: ${DEFAULT-VALUE}).")
    long sortMemory;

    @Option(names = "--temp-dir", paramLabel = "DIR",
            description = "Where sorted runs are written when --sort-memory is spent (default: the system's temporary directory).")
    Path tempDir;

    @Option(names = "--no-prefilter",
            description = "Map every record to ECS, even one whose action no rule can look at (by default such a CloudTrail"
                    + " record is parsed, checked and counted as evaluated, but not mapped).")
    boolean noPrefilter;

    @Option(names = {"-q", "--quiet"}, description = "Print no summary.")
    boolean quiet;

    @Option(names = "--debug-halt-after", hidden = true, paramLabel = "N", description = "Crash tests: halt the JVM at the N-th event.")
    long haltAfter;

    @Mixin
    ScanOutputs outputs = new ScanOutputs();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Config config = setup.loadConfig();
            try (StateStore state = setup.openState(config)) {
                LimitTally limitTally = new LimitTally();
                List<Rule> rules = CrashSimulation.haltAfter(setup.loadRules(config, err, state, limitTally), haltAfter);
                Redactor redactor = (redact ? Redactor.defaults() : Redactor.none()).and(config.redaction());
                Scan.Result result = Scan.run(new Scan.Request(inputs, rules, alerts, rejects, preserveOriginal, state,
                        Math.max(1, threads), redactor, config.limits(), new DetectionEngine.Ordering(sortMemory, tempDir), limitTally,
                        !noPrefilter),
                        Clock.systemUTC(), outputs.opener(config, inputs, quiet, err),
                        outputs.eventObserver());
                state.commit();
                outputs.finish(err, quiet, result, rules.size(), config, result.rejectsWritten() > 0 ? rejects : null);
            }
            return ExitCodes.OK;
        } catch (DiagnosticException e) {
            return Failures.diagnostics(err, e);
        } catch (IOException e) {
            return Failures.io(err, e);
        } catch (UncheckedIOException e) {
            return Failures.io(err, e.getCause());
        }
    }
}
