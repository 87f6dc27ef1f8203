package io.regionwatch.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class SimulateCommandTest {

    @Test
    void writesTheDefaultSimulationAndListsWhatItPlanted(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new SimulateCommand()).setOut(new PrintWriter(out));
        int code = cmd.execute("--out", dir.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("alert  atomic-1-ec2-unused-region").contains("ap-southeast-1")
                .contains("quiet  atomic-3-iam-user-and-key");
        assertThat(dir.resolve("aws/AWSLogs")).isDirectory();
    }

    @Test
    void refusesAFolderThatAlreadyHoldsASimulation(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new SimulateCommand()).setErr(new PrintWriter(err));
        assertThat(cmd.execute("--out", dir.toString(), "--background-events", "0")).isZero();
        assertThat(cmd.execute("--out", dir.toString())).isEqualTo(SimulateCommand.EX_CANTCREAT);
        assertThat(err.toString()).contains("already holds simulated logs");
    }

    @Test
    void seedAndStartAreOptions(@TempDir Path dir) {
        CommandLine cmd = new CommandLine(new SimulateCommand());
        assertThat(cmd.execute("--out", dir.toString(), "--seed", "9", "--start", "2025-01-01T00:00:00Z",
                "--background-events", "50")).isZero();
        assertThat(dir.resolve("aws/AWSLogs/418275093621/CloudTrail/ap-southeast-1/2025/01/01")).isDirectory();
    }
}
