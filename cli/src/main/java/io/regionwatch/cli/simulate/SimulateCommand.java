package io.regionwatch.cli.simulate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code regionwatch simulate}: writes realistic cloud audit logs with the T1535 Atomic tests planted. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Write two hours of AWS CloudTrail, Azure Activity and GCP audit logs, in the shapes the"
                + " clouds deliver them, with the four T1535 Atomic tests planted in benign traffic.")
public final class SimulateCommand implements Callable<Integer> {

    /** sysexits: cannot create output file (the folder already holds a simulation). */
    static final int EX_CANTCREAT = 73;
    /** sysexits: input/output error. */
    static final int EX_IOERR = 74;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = SimulationOptions.DEFAULT_SEED;

    @Option(names = "--start", paramLabel = "INSTANT",
            description = "First instant of the simulated window, ISO-8601 UTC (default: ${DEFAULT-VALUE}).")
    Instant start = SimulationOptions.DEFAULT_START;

    @Option(names = "--background-events", paramLabel = "N",
            description = "Benign records around the planted tests (default: ${DEFAULT-VALUE}).")
    int backgroundEvents = SimulationOptions.DEFAULT_BACKGROUND_EVENTS;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            SimulationOptions options = new SimulationOptions(seed, start, backgroundEvents);
            SimulationManifest manifest = new Simulator(options).writeTo(out);
            stdout.printf("wrote %d files to %s%n", manifest.files().size(), out);
            for (PlantedEvent p : manifest.planted()) {
                stdout.printf("%-6s %-38s %-40s %-15s %s%n", p.expectAlert() ? "alert" : "quiet", p.test(),
                        p.action(), p.region(), p.id());
            }
            return 0;
        } catch (FileAlreadyExistsException e) {
            stderr.println("regionwatch simulate: " + e.getFile() + ": " + e.getReason());
            return EX_CANTCREAT;
        } catch (IOException e) {
            stderr.println("regionwatch simulate: cannot write " + out + ": " + e);
            return EX_IOERR;
        }
    }
}
