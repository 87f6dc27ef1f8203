package io.regionwatch.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.regionwatch.cli.config.ConfigLoader;
import io.regionwatch.core.diag.DiagnosticException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** regionwatch.yml is edited by hand and may come from elsewhere: a configuration or diagnostics, nothing else. */
class ConfigFuzzTest {
    /** Value-list file names in fuzzed text resolve here, where no such files exist. */
    private static final Path BASE = Path.of("target", "config-fuzz-base");

    @FuzzTest(maxDuration = "60s")
    void loadConfig(byte[] data) {
        try {
            ConfigLoader.parse("fuzz.yml", new String(data, StandardCharsets.UTF_8), BASE);
        } catch (DiagnosticException expected) {
            // the only way a bad configuration may end
        }
    }
}
