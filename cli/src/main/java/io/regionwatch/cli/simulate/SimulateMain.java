package io.regionwatch.cli.simulate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Development entry point that writes the simulation with default options into a folder, e.g.
 * to regenerate the bundled {@code examples/}; the product command is {@code regionwatch simulate}.
 */
public final class SimulateMain {

    private SimulateMain() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples");
        SimulationManifest manifest = new Simulator(SimulationOptions.defaults()).writeTo(out);
        System.out.println("wrote " + manifest.files().size() + " files to " + out);
        for (PlantedEvent p : manifest.planted()) {
            System.out.println((p.expectAlert() ? "ALERT  " : "quiet  ") + p.test() + " " + p.action() + " "
                    + p.region() + " " + p.id() + " " + p.file());
        }
    }
}
