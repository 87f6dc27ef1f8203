package io.regionwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that fails on read (EIO), as root too: the scan keeps it as a reject with its path and the
 * OS error, reads the rest, and its accounting still adds up.
 */
class UnreadableInputTest {
    @TempDir
    Path tmp;

    @Test
    void aFileFailingOnReadIsARejectWithPathAndErrorAndTheScanGoesOn() throws Exception {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem), "no /proc/self/mem on this system, skipped");
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        Files.writeString(logs.resolve("a.ndjson"), RejectRedactionTest.GOOD.repeat(2));
        // reading /proc/self/mem at offset 0 fails with EIO even for root, where chmod 000 would not stop the read
        Files.createSymbolicLink(logs.resolve("b.json"), mem);
        Path rejects = tmp.resolve("rejects.ndjson");
        CliRun run = CliRun.of("scan", logs.toString(), "--no-state", "--alerts", tmp.resolve("out").toString(), "--rejects",
                rejects.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("2 files").contains("evaluated 2 + rejected 1 + skipped 0 = read 3");
        assertThat(Files.readString(rejects)).contains(logs.resolve("b.json").toString()).contains("Input/output error");
    }
}
