package io.regionwatch.cli;

import io.regionwatch.cli.output.NdjsonWriter;
import io.regionwatch.cli.redact.Redactor;
import io.regionwatch.cli.output.RejectFile;
import io.regionwatch.core.event.Event;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.ReadStats;
import io.regionwatch.ingest.Reject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code regionwatch normalize}: the ECS documents the rules see, as NDJSON. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Read cloud audit logs and print each record as the ECS document the rules evaluate.")
final class NormalizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Log files or folders, or - for stdin.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|-", defaultValue = "-", description = "Output (default: stdout).")
    String output;

    @Option(names = "--rejects", paramLabel = "FILE", defaultValue = "regionwatch-rejects.ndjson",
            description = "Where rejected records are kept (default: ${DEFAULT-VALUE}).")
    String rejects;

    @Option(names = "--preserve-original", description = "Keep each record's raw JSON in event.original.")
    boolean preserveOriginal;

    @Option(names = "--redact", description = "Mask secrets (secret keys, session tokens, access key ids) in the output.")
    boolean redact;

    @Override
    public Integer call() {
        Redactor redactor = redact ? Redactor.defaults() : Redactor.none();
        PrintWriter err = spec.commandLine().getErr();
        try (NdjsonWriter out = NdjsonWriter.open(output); RejectFile rejectFile = new RejectFile(rejects)) {
            Ingestor ingestor = new Ingestor(new IngestOptions(false, preserveOriginal, IngestOptions.defaults().limits()));
            ReadStats stats = ingestor.ingest(inputs, new IngestListener() {
                @Override
                public void onEvent(Event event) {
                    try {
                        out.write(redactor.apply(event).document());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void onReject(Reject reject) {
                    rejectFile.write(reject);
                }
            });
            err.printf(Locale.ROOT, "regionwatch: read %d = evaluated %d + rejected %d + skipped %d%s%n", stats.read(),
                    stats.evaluated(), stats.rejected(), stats.skipped(),
                    rejectFile.written() > 0 ? "; rejects in " + rejects : "");
            return ExitCodes.OK;
        } catch (UncheckedIOException e) {
            return Failures.io(err, e.getCause());
        } catch (IOException e) {
            return Failures.io(err, e);
        }
    }
}
