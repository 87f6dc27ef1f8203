package io.regionwatch.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code examples/} folder must be exactly what the simulator writes with default
 * options, so the README's first command scans data the code can reproduce. To regenerate:
 * {@code rm -rf examples && regionwatch simulate --out examples}.
 */
class ExamplesUpToDateTest {

    /** Surefire runs in the module folder; the examples live at the repository root. */
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void committedExamplesMatchTheDefaultSimulation(@TempDir Path fresh) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLES.resolve("aws")), "no examples/ folder next to cli/");
        SimulationManifest manifest = new Simulator(SimulationOptions.defaults()).writeTo(fresh);
        SimulatedLogs committed = new SimulatedLogs(EXAMPLES);
        assertThat(committed.files)
                .as("examples/ files; regenerate them if the simulator changed")
                .isEqualTo(manifest.files());
        for (String file : manifest.files()) {
            assertThat(Files.readAllBytes(EXAMPLES.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(fresh.resolve(file)));
        }
    }

    @Test
    void sampleDataDocNamesEveryPlantedRecord(@TempDir Path fresh) throws IOException {
        String readme = Files.readString(EXAMPLES.resolveSibling("docs").resolve("sample-data.md"));
        SimulationManifest manifest = new Simulator(SimulationOptions.defaults()).writeTo(fresh);
        assertThat(manifest.planted()).allSatisfy(p -> assertThat(readme).contains(p.id()));
        assertThat(manifest.planted()).filteredOn(p -> p.correlationId() != null)
                .filteredOn(PlantedEvent::expectAlert).allSatisfy(p -> assertThat(readme).contains(p.correlationId()));
    }
}
