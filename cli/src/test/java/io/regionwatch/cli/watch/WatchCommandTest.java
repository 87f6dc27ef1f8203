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

    /** An unapproved-region RunInstances (the seed rule fires) made with an access key id. */
    private static final String RUN = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2026-11-02T08:00:00Z\",\"eventSource\":\"ec2.amazonaws.com\","
            + "\"eventName\":\"RunInstances\",\"awsRegion\":\"ap-southeast-1\",\"eventID\":\"e1\",\"recipientAccountId\":\"111122223333\","
            + "\"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"bob\",\"accessKeyId\":\"AKIAIOSFODNN7EXAMPLE\"}}\n";

    private String[] watchArgs(Path dir, Path alerts, String... extra) {
        String[] args = {"watch", dir.toString(), "--from-beginning", "--exit-when-idle", "300ms", "--poll", "100ms",
            "--preserve-original", "--alerts", alerts.toString(), "--state", tmp.resolve(alerts.getFileName() + ".db").toString(),
            "--rejects", tmp.resolve(alerts.getFileName() + ".rejects").toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return all;
    }

    @Test
    void watchRedactsEventsAndRejectsAndAppliesTheConfiguredLimits() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("logs"));
        // the second line holds a string longer than the configured bound; the third is rejected with a session token in it
        String longLine = "{\"eventVersion\":\"1.08\",\"pad\":\"" + "x".repeat(5000) + "\"}\n";
        String tokenLine = "{\"eventVersion\":\"1.08\",\"sessionToken\":\"TOKENTOKEN\"}\n";
        Files.writeString(dir.resolve("a.ndjson"), RUN + longLine + tokenLine + RUN.replace("e1", "e2"));
        Path yml = Files.writeString(tmp.resolve("regionwatch.yml"), "limits:\n  max_string_length: 1000\nredact: {fields: [user.name]}\n");

        Path plain = tmp.resolve("plain.ndjson");
        StringWriter plainErr = new StringWriter();
        assertThat(run(plainErr, watchArgs(dir, plain))).as(plainErr.toString()).isZero();
        // the control: without configuration the key id reaches the alert, and the long line is read whole (then
        // rejected for its content, not its length) with its token in the excerpt
        assertThat(Files.readString(plain)).contains("AKIAIOSFODNN7EXAMPLE");
        assertThat(Files.readString(tmp.resolve("plain.ndjson.rejects"))).contains("without eventTime").contains("TOKENTOKEN")
                .doesNotContain("maxStringLength");

        Path masked = tmp.resolve("masked.ndjson");
        StringWriter err = new StringWriter();
        assertThat(run(err, watchArgs(dir, masked, "--config", yml.toString()))).as(err.toString()).isZero();
        String alerts = Files.readString(masked);
        // the built-in patterns (key ids) and the configured field (user.name) both apply
        assertThat(alerts).isNotEmpty().doesNotContain("AKIAIOSFODNN7EXAMPLE").contains("\"user\":{\"name\":\"[REDACTED]\"}");
        String rejects = Files.readString(tmp.resolve("masked.ndjson.rejects"));
        assertThat(rejects).contains("maxStringLength").doesNotContain("TOKENTOKEN");
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
