package io.regionwatch.cli;

import io.regionwatch.cli.output.RejectFile;
import io.regionwatch.cli.tune.ConfigProposal;
import io.regionwatch.cli.tune.RegionUsage;
import io.regionwatch.core.event.Event;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.ReadStats;
import io.regionwatch.ingest.Reject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code regionwatch tune}: propose the approved-region list from past logs, for a human to review. */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = "Read past logs and propose approved regions per provider (with per-account counts and first/last seen).")
final class TuneCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--history", required = true, arity = "1..*", paramLabel = "PATH", description = "Past logs: files or folders.")
    List<String> history;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the proposal here (default: print it). An existing file is not overwritten.")
    Path out;

    @Option(names = "--min-writes", defaultValue = "1", paramLabel = "N",
            description = "Successful writes a region needs to be proposed (default: ${DEFAULT-VALUE}).")
    long minWrites;

    @Option(names = "--rejects", paramLabel = "FILE", defaultValue = "regionwatch-rejects.ndjson",
            description = "Where rejected records are kept (default: ${DEFAULT-VALUE}).")
    String rejects;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RegionUsage usage = new RegionUsage();
        try (RejectFile rejectFile = new RejectFile(rejects)) {
            ReadStats stats = new Ingestor(IngestOptions.defaults()).ingest(history, new IngestListener() {
                @Override
                public void onEvent(Event event) {
                    usage.add(event);
                }

                @Override
                public void onReject(Reject reject) {
                    rejectFile.write(reject);
                }
            });
            String proposal = ConfigProposal.render(usage, minWrites, String.join(" ", history));
            if (out == null) {
                spec.commandLine().getOut().print(proposal);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(out, proposal, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
                err.println("regionwatch: proposal written to " + out + "; review it, then use it with --config " + out);
            }
            err.printf("regionwatch: read %d = evaluated %d + rejected %d + skipped %d%n", stats.read(), stats.evaluated(),
                    stats.rejected(), stats.skipped());
            return ExitCodes.OK;
        } catch (IOException e) {
            return Failures.io(err, e);
        }
    }
}
