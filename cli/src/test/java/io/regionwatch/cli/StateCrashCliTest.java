package io.regionwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged state database stops the scan with exit 74 and the recovery, instead of starting an empty baseline. */
class StateCrashCliTest {
    @TempDir
    Path tmp;

    @Test
    void corruptStateIsExit74WithTheRecovery() throws Exception {
        Path state = Files.writeString(tmp.resolve("state.db"), "garbage ".repeat(1000));
        Path log = Files.writeString(tmp.resolve("a.json"), "{\"Records\":[]}");
        CliRun run = CliRun.of("scan", log.toString(), "--state", state.toString(), "--alerts", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(74);
        assertThat(run.err()).contains(state.toString()).contains("move it aside");
        assertThat(Files.readString(state)).startsWith("garbage");
    }
}
