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

    @Test
    void ruleStateBoundsAreConfiguredAndTheirHitsPrintedInBothSummaries() throws Exception {
        Path yml = Files.writeString(tmp.resolve("regionwatch.yml"), "limits:\n  max_threshold_groups: 1\n  max_new_terms_baseline: 2\n");
        String[] args = {"scan", "../examples", "--config", yml.toString(), "--no-state", "--alerts", tmp.resolve("out").toString(),
            "--rejects", tmp.resolve("rejects.ndjson").toString()};
        CliRun text = CliRun.of(args);
        assertThat(text.exitCode()).as(text.err()).isZero();
        // the pack's threshold rule groups by API and its new_terms rule by account and region: the examples have many of each
        assertThat(text.err()).containsPattern("limits hit: threshold groups evicted [0-9]+ \\(rule c7f7dfe9-d2c7-43ed-b5a3-d80ed1e76475,"
                + " cap 1, max_threshold_groups\\)")
                .containsPattern("limits hit: new_terms baseline terms evicted [0-9]+ \\(rule 2e81301f-ce3f-40e7-84c7-e06dd4b60002, cap 2,");
        String[] json = java.util.Arrays.copyOf(args, args.length + 1);
        json[args.length] = "--json-summary";
        CliRun machine = CliRun.of(json);
        tools.jackson.databind.JsonNode summary = tools.jackson.databind.json.JsonMapper.builder().build().readTree(machine.err().strip());
        assertThat(summary.path("limits_hit")).hasSize(2);
        assertThat(summary.path("limits_hit").get(0).path("limit").asString()).isEqualTo("max_threshold_groups");
        assertThat(summary.path("limits_hit").get(0).path("cap").asLong()).isEqualTo(1);
        assertThat(summary.path("limits_hit").get(0).path("count").asLong()).isPositive();
    }

    @Test
    void withDefaultBoundsTheExamplesHitNoLimitAndTheSummarySaysNothing() throws Exception {
        CliRun run = CliRun.of("scan", "../examples", "--no-state", "--alerts", tmp.resolve("out").toString(), "--json-summary",
                "--rejects", tmp.resolve("rejects.ndjson").toString());
        assertThat(run.err()).contains("\"limits_hit\":[]");
    }

    @Test
    void badRuleStateBoundsAreErrorsAtTheirPosition() throws Exception {
        CliRun run = scan("limits:\n  max_sequence_keys: 0\n  max_threshold_groups: -3\n  max_correlation_groups: many\n"
                + "  max_new_terms_combinations: 99999999999\n");
        assertThat(run.exitCode()).isEqualTo(65);
        String yml = tmp.resolve("regionwatch.yml").toString();
        assertThat(run.err()).contains(yml + ":2:22: error: limits.max_sequence_keys must be between 1 and 2147483647, got 0")
                .contains(yml + ":3:25: error: limits.max_threshold_groups must be between 1")
                .contains(yml + ":4:27: error: limits.max_correlation_groups must be a whole number, got 'many'")
                .contains(yml + ":5:31: error: limits.max_new_terms_combinations must be between 1 and 2147483647");
    }

    @Test
    void ruleStateBoundsReachTheRules() throws Exception {
        io.regionwatch.cli.config.Config config = io.regionwatch.cli.config.ConfigLoader.parse("t.yml",
                "limits:\n  max_sequence_keys: 5\n  max_correlation_hits_per_group: 6\n  max_new_terms_baseline: 5000000000\n", tmp);
        assertThat(config.ruleLimits().maxSequenceKeys()).isEqualTo(5);
        assertThat(config.ruleLimits().maxCorrelationHitsPerGroup()).isEqualTo(6);
        assertThat(config.ruleLimits().maxNewTermsBaseline()).isEqualTo(5_000_000_000L);
        assertThat(config.ruleLimits().maxThresholdGroups()).isEqualTo(io.regionwatch.core.limit.RuleLimits.DEFAULT_THRESHOLD_GROUPS);
        assertThat(config.limits()).isEqualTo(io.regionwatch.ingest.Limits.defaults());
    }
}
