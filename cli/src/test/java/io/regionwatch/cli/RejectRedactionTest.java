package io.regionwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rejected record carries the same secrets as an accepted one: with redaction on, its excerpt is masked too. */
class RejectRedactionTest {
    static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    static final String TOKEN = "FwoGZXIvYXdzEJr8Xh1kWsuperSecretSessionToken";
    static final String GOOD = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-05-01T10:00:00Z\","
            + "\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"DescribeInstances\",\"awsRegion\":\"us-east-1\"}\n";
    /** Not JSON (cut off, as a partial upload is), with a key id and a token whose closing quote is missing. */
    static final String BROKEN = "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"accessKeyId\":\"" + KEY_ID + "\"},"
            + "\"responseElements\":{\"credentials\":{\"sessionToken\":\"" + TOKEN + "\n";

    @TempDir
    Path tmp;

    private String rejects(String... extra) throws Exception {
        Path log = Files.writeString(tmp.resolve("a.ndjson"), GOOD + BROKEN + GOOD);
        Path rejects = tmp.resolve("rejects-" + extra.length + ".ndjson");
        String[] args = {"scan", log.toString(), "--no-state", "--alerts", tmp.resolve("out").toString(), "--rejects", rejects.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("evaluated 2 + rejected 1 + skipped 0 = read 3");
        return Files.readString(rejects);
    }

    @Test
    void withoutRedactionTheExcerptShowsTheRecordAsItWas() throws Exception {
        // the control: the excerpt does carry both secrets, so the masked case below proves something
        assertThat(rejects()).contains(KEY_ID).contains(TOKEN);
    }

    @Test
    void redactMasksAccessKeyIdsAndTokensInTheExcerptEvenWhenCutOff() throws Exception {
        String out = rejects("--redact");
        assertThat(out).doesNotContain(KEY_ID).doesNotContain(TOKEN).contains("[REDACTED]").contains("\"source\"");
    }

    @Test
    void configuredKeysAndPatternsApplyToExcerptsToo() throws Exception {
        Path yml = Files.writeString(tmp.resolve("regionwatch.yml"), "redact:\n  defaults: false\n  fields: [accessKeyId]\n"
                + "  patterns: ['superSecret\\w+']\n");
        String out = rejects("--config", yml.toString());
        assertThat(out).doesNotContain(KEY_ID).doesNotContain("superSecretSessionToken").contains("FwoGZXIvYXdzEJr8Xh1kW[REDACTED]");
    }
}
