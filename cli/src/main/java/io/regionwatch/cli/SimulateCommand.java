package io.regionwatch.cli;

import io.regionwatch.cli.simulate.PlantedEvent;
import io.regionwatch.cli.simulate.SimulationManifest;
import io.regionwatch.cli.simulate.SimulationOptions;
import io.regionwatch.cli.simulate.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code regionwatch simulate}: the seed's Atomic tests inside benign traffic, in the clouds' real log shapes. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Write simulated CloudTrail, Azure Activity and GCP audit logs with the four T1535 Atomic tests planted.")
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the logs into.")
    Path out;

    @Option(names = "--seed", defaultValue = "1535", description = "Random seed; the same seed writes the same bytes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", defaultValue = "2026-11-02T08:00:00Z", paramLabel = "INSTANT",
            description = "Time of the first simulated event (default: ${DEFAULT-VALUE}).")
    Instant start;

    @Option(names = "--background", defaultValue = "400", paramLabel = "N",
            description = "Number of benign background events (default: ${DEFAULT-VALUE}).")
    int background;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SimulationManifest manifest = new Simulator(new SimulationOptions(seed, start, background)).writeTo(out);
            err.printf("regionwatch: wrote %d files to %s%n", manifest.files().size(), out);
            for (PlantedEvent p : manifest.planted()) {
                err.printf("  %-6s %-7s %-44s %-15s %s%n", p.expectAlert() ? "alert" : "quiet", p.test(), p.action(), p.region(), p.id());
            }
            err.flush();
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("regionwatch: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            return Failures.io(err, e);
        }
    }
}
