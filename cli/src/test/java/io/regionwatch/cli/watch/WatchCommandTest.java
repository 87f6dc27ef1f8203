package io.regionwatch.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of {@code regionwatch watch}, in-process; crashes are in {@link WatchCrashTest}. */
class WatchCommandTest {
    @TempDir
    Path tmp;

    private int run(StringWriter err, String... args) {
        return Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void watchingTheExamplesGivesScansAlerts() throws Exception {
        StringWriter err = new StringWriter();
        Path alerts = tmp.resolve("watch.ndjson");
        int code = run(err, "watch", "../examples", "--from-beginning", "--exit-when-idle", "500ms", "--poll", "100ms",
                "--alerts", alerts.toString(), "--state", tmp.resolve("w.db").toString(), "--rejects", tmp.resolve("r").toString());
        assertThat(code).as(err.toString()).isZero();
        Path scanned = tmp.resolve("scan.ndjson");
        assertThat(run(err, "scan", "../examples", "--alerts", scanned.toString(), "--state", tmp.resolve("s.db").toString(),
                "-q")).isZero();
        assertThat(Files.readAllLines(alerts)).hasSameSizeAs(Files.readAllLines(scanned)).hasSize(9);
        assertThat(err.toString()).contains("122 files, 419 records");
    }

    @Test
    void aRestartWithNothingNewWritesNothing() throws Exception {
        Path alerts = tmp.resolve("watch.ndjson");
        String[] args = {"watch", "../examples", "--from-beginning", "--exit-when-idle", "300ms", "--poll", "100ms",
            "--alerts", alerts.toString(), "--state", tmp.resolve("w.db").toString(), "--rejects", tmp.resolve("r").toString()};
        assertThat(run(new StringWriter(), args)).isZero();
        long first = Files.size(alerts);
        StringWriter err = new StringWriter();
        assertThat(run(err, args)).isZero();
        assertThat(Files.size(alerts)).isEqualTo(first);
        assertThat(err.toString()).contains("replayed 419 records");
    }

    @Test
    void theReadLogKeepsOnlyTheHorizon() throws Exception {
        Path alerts = tmp.resolve("watch.ndjson");
        String[] args = {"watch", "../examples", "--from-beginning", "--exit-when-idle", "300ms", "--poll", "100ms",
            "--horizon", "10m", "--alerts", alerts.toString(), "--state", tmp.resolve("w.db").toString(),
            "--rejects", tmp.resolve("r").toString()};
        assertThat(run(new StringWriter(), args)).isZero();
        StringWriter err = new StringWriter();
        assertThat(run(err, args)).isZero();
        assertThat(err.toString()).containsPattern("replayed [0-9]+ records").doesNotContain("replayed 419 records");
        assertThat(Files.readAllLines(alerts)).hasSize(9);
    }

    @Test
    void noStateIsRefused() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "watch", tmp.toString(), "--no-state")).isEqualTo(64);
        assertThat(err.toString()).contains("drop --no-state");
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertThat(DurationConverter.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationConverter.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationConverter.parse("0")).isZero();
    }
}
