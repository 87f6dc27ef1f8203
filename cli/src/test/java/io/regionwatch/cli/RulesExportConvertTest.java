package io.regionwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules export} and {@code rules convert} from the command line. */
class RulesExportConvertTest {
    @Test
    void exportsABundledRuleByNameIdOrFileName() {
        CliRun byName = CliRun.of("rules", "export", "Same Cloud API Called Across Many Regions");
        assertThat(byName.exitCode()).isZero();
        assertThat(byName.out()).contains("type: value_count", "field: awsRegion", "timespan: 10m");
        CliRun byId = CliRun.of("rules", "export", "c7f7dfe9-d2c7-43ed-b5a3-d80ed1e76475", "--to", "sigma");
        assertThat(byId.out()).isEqualTo(byName.out());
        CliRun byFile = CliRun.of("rules", "export", "defense_evasion_first_time_region_used_by_account");
        assertThat(byFile.exitCode()).isZero();
        assertThat(byFile.err()).contains("note: regionwatch runs this as a new_terms rule");
    }

    @Test
    void rejectsUnknownRulesAndFormats() {
        assertThat(CliRun.of("rules", "export", "no-such-rule").exitCode()).isEqualTo(74);
        assertThat(CliRun.of("rules", "export", "c7f7dfe9-d2c7-43ed-b5a3-d80ed1e76475", "--to", "yaml").exitCode()).isEqualTo(64);
        assertThat(CliRun.of("rules", "convert", "c7f7dfe9-d2c7-43ed-b5a3-d80ed1e76475", "--to", "sql").exitCode()).isEqualTo(64);
    }

    @Test
    void convertsASigmaFileWithTheConfiguredRegions(@TempDir Path dir) throws Exception {
        Path rule = dir.resolve("r.yml");
        Files.writeString(rule, """
                title: Unapproved region
                logsource: {product: aws, service: cloudtrail}
                detection:
                  selection: {eventName|startswith: Run}
                  approved: {awsRegion|expand: '%ApprovedRegions_aws%'}
                  condition: selection and not approved
                """);
        CliRun kql = CliRun.of("rules", "convert", rule.toString(), "--to", "kql", "--approved-regions", "us-east-1,eu-west-1");
        assertThat(kql.exitCode()).isZero();
        assertThat(kql.out()).isEqualTo("AWSCloudTrail\n| where (EventName startswith \"Run\" and not(AWSRegion in~ (\"us-east-1\", \"eu-west-1\")))\n");
    }

    @Test
    void anEqlRuleConvertedToEqlIsItsOwnQuery() {
        CliRun eql = CliRun.of("rules", "convert", "defense_evasion_cloud_resource_created_in_unapproved_region_seed", "--to", "eql");
        assertThat(eql.exitCode()).isZero();
        assertThat(eql.out()).startsWith("any where\n  event.dataset in (\"aws.cloudtrail\", \"azure.activitylogs\")");
    }

    @Test
    void convertsEveryLogSourceOfABundledRuleAndReportsWhatCannotBeConverted() {
        CliRun splunk = CliRun.of("rules", "convert", "Cloud Region Enabled or Security Guard Rail Disabled", "--to", "splunk");
        assertThat(splunk.out()).contains("sourcetype=\"aws:cloudtrail\" (NOT errorCode=* AND", "sourcetype=\"mscs:azure:eventhub\"");
        assertThat(splunk.err()).contains("field 'event.outcome' has no splunk name");
        assertThat(splunk.exitCode()).isEqualTo(65);
    }

    @Test
    void convertsATemporalCorrelationWithItsRules(@TempDir Path dir) throws Exception {
        Path rule = dir.resolve("t.yml");
        Files.writeString(rule, """
                title: Identity checked
                name: a
                logsource: {product: aws, service: cloudtrail}
                detection:
                  selection: {eventName: GetCallerIdentity}
                  condition: selection
                ---
                title: Regions listed
                name: b
                logsource: {product: aws, service: cloudtrail}
                detection:
                  selection: {eventName: DescribeRegions}
                  condition: selection
                ---
                title: Recon
                correlation:
                  type: temporal
                  rules: [a, b]
                  group-by: [userIdentity.arn]
                  timespan: 5m
                """);
        CliRun splunk = CliRun.of("rules", "convert", rule.toString(), "--to", "splunk");
        assertThat(splunk.exitCode()).isZero();
        assertThat(splunk.out()).contains("# Recon\n| multisearch\n[ search sourcetype=\"aws:cloudtrail\" eventName=\"GetCallerIdentity\""
                + " | eval event_type=\"a\" ]", "| stats dc(event_type) as event_type_count by _time userIdentity.arn\n"
                + "| search event_type_count >= 2");
        CliRun eql = CliRun.of("rules", "convert", rule.toString(), "--to", "eql");
        assertThat(eql.exitCode()).isEqualTo(65);
        assertThat(eql.err()).contains("t.yml:15:1: error: temporal (unordered) correlations have no EQL form");
    }
}
