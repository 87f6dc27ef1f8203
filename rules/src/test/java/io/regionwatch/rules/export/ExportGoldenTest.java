package io.regionwatch.rules.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.rules.load.RuleLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each bundled rule's Sigma export against {@code src/test/resources/export/<rule>.yml}. Run with
 * {@code -Dregionwatch.golden.update=true} to rewrite the files after a deliberate change.
 */
class ExportGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/export");

    @Test
    void exportsMatchGoldenFiles() throws Exception {
        boolean update = Boolean.getBoolean("regionwatch.golden.update");
        for (String name : RuleLoader.bundledNames()) {
            String yaml = new SigmaExporter().export(name, RuleLoader.bundledText(name)).yaml();
            Path file = GOLDEN.resolve(name.replace(".toml", ".yml"));
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.writeString(file, yaml, StandardCharsets.UTF_8);
            }
            assertThat(yaml).as(file.toString()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
    }
}
