package io.regionwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest limits are set in regionwatch.yml; a limit hit is a reject naming it, counted in the summary. */
class LimitsConfigTest {
    private static final String GOOD = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-05-01T10:00:00Z\","
            + "\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"DescribeInstances\",\"awsRegion\":\"us-east-1\"}\n";

    @TempDir
    Path tmp;

    private CliRun scan(String config) throws Exception {
        Path log = Files.writeString(tmp.resolve("a.ndjson"), GOOD.repeat(3));
        Path yml = Files.writeString(tmp.resolve("regionwatch.yml"), config);
        return CliRun.of("scan", log.toString(), "--config", yml.toString(), "--no-state", "--alerts", tmp.resolve("out").toString(),
                "--rejects", tmp.resolve("rejects.ndjson").toString());
    }

    @Test
    void configuredLimitIsEnforcedAndReported() throws Exception {
        CliRun run = scan("limits:\n  max_records_per_file: 2\n  max_depth: 16\n");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("evaluated 2 + rejected 1 + skipped 0 = read 3");
        assertThat(Files.readString(tmp.resolve("rejects.ndjson"))).contains("maxRecordsPerFile");
    }

    @Test
    void badLimitsAreConfigurationErrors() throws Exception {
        CliRun run = scan("limits:\n  max_depth: 1\n  max_bogus: 3\n  max_record_chars: lots\n");
        assertThat(run.exitCode()).isEqualTo(65);
        assertThat(run.err()).contains("limits.max_depth 1 is below").contains("unknown limit 'max_bogus'")
                .contains("max_record_chars must be a whole number");
    }
}
