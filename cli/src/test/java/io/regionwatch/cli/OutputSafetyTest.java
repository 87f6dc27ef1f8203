package io.regionwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacker-chosen strings reach the terminal and the alert file: control characters never reach a
 * terminal raw, every NDJSON alert stays one line, and with {@code --redact} (or {@code redact:} in
 * the configuration) no secret from a response reaches an alert or the normalized output.
 */
class OutputSafetyTest {
    private static final String KEY_ID = "ASIAEXAMPLE7EXAMPLE7";
    private static final String SECRET = "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY";
    /** Region with an OSC title sequence, a screen clear, a C1 CSI and a right-to-left override. */
    private static final String HOSTILE_REGION = "sa-east-1\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e";
    private static final String RECORD = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2026-11-02T08:47:13Z\","
            + "\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\",\"awsRegion\":\"" + HOSTILE_REGION + "\","
            + "\"sourceIPAddress\":\"203.0.113.77\",\"userAgent\":\"evil\\u001b[8m\\nline\","
            + "\"userIdentity\":{\"type\":\"IAMUser\",\"accountId\":\"418275093621\",\"accessKeyId\":\"" + KEY_ID + "\","
            + "\"arn\":\"arn:aws:iam::418275093621:user/x\",\"userName\":\"x\"},"
            + "\"responseElements\":{\"credentials\":{\"accessKeyId\":\"" + KEY_ID + "\",\"secretAccessKey\":\"" + SECRET + "\","
            + "\"sessionToken\":\"FwoGZXIvYXdzEXAMPLETOKEN\"}}}\n";

    @TempDir
    Path tmp;

    private CliRun scan(String... extra) throws Exception {
        Path log = Files.writeString(tmp.resolve("ct.ndjson"), RECORD);
        List<String> args = new java.util.ArrayList<>(List.of("scan", log.toString(), "--no-state", "--alerts",
                tmp.resolve("alerts.ndjson").toString(), "--rejects", tmp.resolve("rejects.ndjson").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void summaryEscapesControlCharactersFromLogs() throws Exception {
        CliRun run = scan();
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("2 alerts").contains("sa-east-1\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e");
        assertThat(run.err().chars().filter(c -> c == 0x1b || c == 0x07 || c == 0x9b || c == 0x202e)).isEmpty();
    }

    @Test
    void ndjsonAlertsStayOneLineWithControlsEscaped() throws Exception {
        assertThat(scan().exitCode()).isZero();
        String alerts = Files.readString(tmp.resolve("alerts.ndjson"));
        // two bundled rules fire on the one record; each alert is one JSON document on one line
        assertThat(alerts.lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        assertThat(alerts.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c == 0x202e)).isEmpty();
        assertThat(alerts).contains("\\u001B").contains("\\u009B").contains("\\u202E").contains("evil");
    }

    @Test
    void withoutRedactSecretsReachTheAlert() throws Exception {
        assertThat(scan().exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("alerts.ndjson"))).contains(SECRET);
    }

    @Test
    void redactFlagMasksSecretsInAlerts() throws Exception {
        assertThat(scan("--redact").exitCode()).isZero();
        String alerts = Files.readString(tmp.resolve("alerts.ndjson"));
        assertThat(alerts.lines()).hasSize(2);
        assertThat(alerts).doesNotContain(SECRET, KEY_ID, "FwoGZXIvYXdzEXAMPLETOKEN").contains("[REDACTED]");
    }

    @Test
    void redactConfigMasksSecretsAndConfiguredFields() throws Exception {
        Path config = Files.writeString(tmp.resolve("regionwatch.yml"), "redact:\n  fields: [source.ip, source.address]\n  patterns: ['arn:aws:iam::\\d+']\n");
        assertThat(scan("--config", config.toString(), "--preserve-original").exitCode()).isZero();
        String alerts = Files.readString(tmp.resolve("alerts.ndjson"));
        // a path masks that field; text copies (event.original) are masked by patterns, as the account ARN here
        assertThat(alerts).doesNotContain(SECRET, KEY_ID, "arn:aws:iam::418275093621")
                .contains("\"source\":{\"address\":\"[REDACTED]\",\"ip\":\"[REDACTED]\"}");
    }

    @Test
    void normalizeRedactMasksSecrets() throws Exception {
        Path log = Files.writeString(tmp.resolve("ct.ndjson"), RECORD);
        Path out = tmp.resolve("ecs.ndjson");
        CliRun run = CliRun.of("normalize", log.toString(), "--redact", "--preserve-original", "-o", out.toString(),
                "--rejects", tmp.resolve("r.ndjson").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out)).doesNotContain(SECRET, KEY_ID).contains("[REDACTED]");
    }

    @Test
    void badRedactPatternIsAConfigurationError() throws Exception {
        Path config = Files.writeString(tmp.resolve("regionwatch.yml"), "redact:\n  patterns: ['(a)\\1']\n");
        CliRun run = scan("--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).contains("redact pattern");
    }
}
