package io.regionwatch.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.diag.DiagnosticException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** regionwatch.yml bounds: aliases, size, nesting and odd values end in diagnostics (exit 65), never a crash. */
class ConfigLimitsTest {
    @TempDir
    Path dir;

    private static DiagnosticException fails(String yaml) {
        try {
            ConfigLoader.parse("limits.yml", yaml, Path.of("."));
        } catch (DiagnosticException e) {
            return e;
        }
        throw new AssertionError("expected diagnostics for: " + yaml.substring(0, Math.min(80, yaml.length())));
    }

    @Test
    void billionLaughsIsADiagnostic() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        assertThat(fails(yaml.toString()).getMessage()).containsIgnoringCase("alias");
    }

    @Test
    void deepNestingIsADiagnostic() {
        fails("approved_regions: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
    }

    @Test
    void textOverTheSizeLimitIsADiagnostic() {
        assertThat(fails("# " + "x".repeat(1 << 20) + "\napproved_regions: [us-east-1]\n").getMessage()).contains("limit");
    }

    @Test
    void fileOverTheSizeLimitIsADiagnostic() throws Exception {
        Path big = dir.resolve("big.yml");
        Files.writeString(big, "# " + "x".repeat(1 << 20));
        assertThatThrownBy(() -> ConfigLoader.load(big)).isInstanceOf(DiagnosticException.class).hasMessageContaining("1 MiB");
    }

    @Test
    void nulInAStatePathIsADiagnostic() {
        fails("state: {path: \"a\\0b\"}\n");
    }

    @Test
    void duplicateKeysAreADiagnostic() {
        fails("approved_regions: [us-east-1]\napproved_regions: [sa-east-1]\n");
    }

    @Test
    void multipleDocumentsAreADiagnostic() {
        fails("approved_regions: [us-east-1]\n---\napproved_regions: [sa-east-1]\n");
    }

    @Test
    void valueListFileThatIsADirectoryIsADiagnostic() throws Exception {
        Files.createDirectories(dir.resolve("lists"));
        try {
            ConfigLoader.parse("limits.yml", "value_lists:\n  l: {file: lists}\n", dir);
            throw new AssertionError("expected diagnostics");
        } catch (DiagnosticException expected) {
            assertThat(expected.getMessage()).contains("limits.yml:");
        }
    }

    @Test
    void oddValueListFileNamesAreDiagnostics() {
        fails("value_lists:\n  l: {file: \"a\\0b\"}\n");
        fails("value_lists:\n  l: {file: [x]}\n");
    }
}
