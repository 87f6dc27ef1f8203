package io.regionwatch.cli.watch;

import io.regionwatch.cli.EventTimeOptions;
import io.regionwatch.cli.ExitCodes;
import io.regionwatch.cli.Failures;
import io.regionwatch.cli.RuleSetup;
import io.regionwatch.cli.config.Config;
import io.regionwatch.cli.redact.Redactor;
import io.regionwatch.core.limit.LimitTally;
import io.regionwatch.cli.state.SqliteStateStore;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.state.StateStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code regionwatch watch}: follow folders a sync job fills and alert continuously. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow folders (CloudTrail S3 layout, Azure exports, JSON lines) and alert as data arrives; "
                + "resumes exactly where it stopped.")
public final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleSetup setup = new RuleSetup();

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders to follow (walked recursively).")
    List<Path> roots;

    @Option(names = "--from-beginning", description = "On first start, read the files already there (default: only new data).")
    boolean fromBeginning;

    @Option(names = "--alerts", paramLabel = "FILE|-", defaultValue = "-",
            description = "Alerts as NDJSON; a file gets exactly-once output across crashes (default: stdout).")
    String alerts;

    @Option(names = "--rejects", paramLabel = "FILE", defaultValue = "regionwatch-rejects.ndjson",
            description = "Where rejected records are kept (default: ${DEFAULT-VALUE}).")
    String rejects;

    @Option(names = "--preserve-original", description = "Keep each record's raw JSON in event.original.")
    boolean preserveOriginal;

    @Option(names = "--poll", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
            description = "How often the folders are polled (default: ${DEFAULT-VALUE}).")
    Duration poll;

    @Mixin
    EventTimeOptions eventTime = new EventTimeOptions();

    @Option(names = "--idle-flush", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "After this long without new data, evaluate what the lateness allowance still holds (default: ${DEFAULT-VALUE}).")
    Duration idleFlush;

    @Option(names = "--exit-when-idle", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long without new data, flushing everything as scan does.")
    Duration exitWhenIdle;

    @Option(names = "--status-every", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "Print a status line this often; 0 for never (default: ${DEFAULT-VALUE}).")
    Duration statusEvery;

    @Option(names = "--redact", description = "Mask secrets (secret keys, session tokens, access key ids) in events and rejects,"
            + " as scan --redact; the configuration's redact: section applies with or without it.")
    boolean redact;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            for (Path root : roots) {
                if (!Files.isDirectory(root)) {
                    throw new java.nio.file.NoSuchFileException(root.toString(), null, "is not a folder");
                }
            }
            Config config = setup.loadConfig();
            try (StateStore state = setup.openState(config)) {
                if (!(state instanceof SqliteStateStore store)) {
                    err.println("regionwatch: watch keeps its checkpoints in the state database; drop --no-state");
                    return ExitCodes.USAGE;
                }
                LimitTally limitTally = new LimitTally();
                List<Rule> rules = setup.loadRules(config, err, store, limitTally);
                Redactor redactor = (redact ? Redactor.defaults() : Redactor.none()).and(config.redaction());
                WatchOptions options = new WatchOptions(roots, fromBeginning, alerts, rejects, preserveOriginal, poll, eventTime.lateness(),
                        idleFlush, exitWhenIdle, statusEvery, eventTime.horizon(), redactor, config.limits());
                runUntilStopped(new WatchLoop(options, store, rules, err, Clock.systemUTC(), limitTally));
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

    /** SIGTERM (and Ctrl-C) ask the loop to stop; the hook waits for its last checkpoint. */
    private static void runUntilStopped(WatchLoop loop) throws IOException {
        Thread hook = new Thread(() -> {
            loop.stop();
            try {
                loop.awaitStopped(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "regionwatch-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            loop.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is what stopped the loop
            }
        }
    }
}
