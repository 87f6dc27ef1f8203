package io.regionwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** End to end: simulate the seed's four Atomic tests, scan them, and check the exact alerts. */
class ScanCommandTest {
    static final Set<String> SEED_EXPECTED = Set.of(
            "RunInstances@ap-southeast-1",
            "CreateBucket@sa-east-1",
            "MICROSOFT.RESOURCES/RESOURCEGROUPS/WRITE@japaneast");

    @TempDir
    Path tmp;

    static List<Event> readAlerts(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        return Files.readAllLines(file).stream()
                .map(line -> new Event(json.readValue(line, new TypeReference<Map<String, Object>>() { }), Origin.UNKNOWN))
                .toList();
    }

    static final String SEED_RULE_ID = "6a0e0f53-5e43-4a0b-9d1c-3f7b2c8d9e41";
    static final String CORRELATION_RULE_ID = "6772d266-c9d4-41bb-8099-c4fbb39e289a";

    static Set<String> actionAtRegion(List<Event> alerts) {
        return alerts.stream().map(a -> a.get("event.action") + "@" + a.get("cloud.region")).collect(Collectors.toSet());
    }

    static List<Event> ofRule(List<Event> alerts, String ruleId) {
        return alerts.stream().filter(a -> ruleId.equals(a.get("kibana.alert.rule.rule_id"))).toList();
    }

    /** Runs scan with a state database inside the test's temporary folder. */
    private CliRun scan(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "scan";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--state";
        all[args.length + 2] = tmp.resolve("state.db").toString();
        return CliRun.of(all);
    }

    private Path simulate() {
        Path logs = tmp.resolve("logs");
        CliRun sim = CliRun.of("simulate", "--out", logs.toString());
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        return logs;
    }

    @Test
    void sortingOnDiskGivesTheSameAlertsAsInMemory() throws IOException {
        Path logs = simulate();
        Path inMemory = tmp.resolve("memory.ndjson");
        Path onDisk = tmp.resolve("disk.ndjson");
        CliRun a = CliRun.of("scan", logs.toString(), "--no-state", "--alerts", inMemory.toString(), "--rejects",
                tmp.resolve("r1.ndjson").toString());
        CliRun b = CliRun.of("scan", logs.toString(), "--no-state", "--alerts", onDisk.toString(), "--rejects",
                tmp.resolve("r2.ndjson").toString(), "--sort-memory", "8k", "--temp-dir", tmp.resolve("sort").toString());
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(a.err()).doesNotContain("sorted on disk");
        assertThat(b.err()).containsPattern("time-ordering: \\d+ events sorted on disk in \\d+ runs");
        // every stateful rule of the pack (sequence, threshold, new terms) saw the same order: the same alert ids
        Set<Object> ids = readAlerts(inMemory).stream().map(e -> e.get("kibana.alert.uuid")).collect(Collectors.toSet());
        assertThat(ids).hasSizeGreaterThan(3);
        assertThat(readAlerts(onDisk).stream().map(e -> e.get("kibana.alert.uuid")).collect(Collectors.toSet())).isEqualTo(ids);
        assertThat(CliRun.of("scan", logs.toString(), "--sort-memory", "lots").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void prefilterPassesOverRecordsNoRuleWantsWithoutChangingTheAlerts() throws IOException {
        Path logs = simulate();
        Path seedOnly = tmp.resolve("seed-rule");
        Files.createDirectories(seedOnly);
        try (var in = ScanCommandTest.class.getResourceAsStream(
                "/io/regionwatch/rules/pack/defense_evasion_cloud_resource_created_in_unapproved_region_seed.toml")) {
            Files.copy(in, seedOnly.resolve("seed.toml"));
        }
        Path filtered = tmp.resolve("filtered.ndjson");
        Path full = tmp.resolve("full.ndjson");
        CliRun a = CliRun.of("scan", logs.toString(), "--no-state", "--rules", seedOnly.toString(), "--alerts", filtered.toString(),
                "--rejects", tmp.resolve("r1.ndjson").toString(), "--json-summary");
        CliRun b = CliRun.of("scan", logs.toString(), "--no-state", "--rules", seedOnly.toString(), "--alerts", full.toString(),
                "--rejects", tmp.resolve("r2.ndjson").toString(), "--json-summary", "--no-prefilter");
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> withPrefilter = json.readValue(a.err().substring(a.err().indexOf('{')), new TypeReference<Map<String, Object>>() { });
        Map<String, Object> without = json.readValue(b.err().substring(b.err().indexOf('{')), new TypeReference<Map<String, Object>>() { });
        assertThat(((Number) withPrefilter.get("passed_over")).longValue()).isGreaterThan(100);
        assertThat(without.get("passed_over")).isEqualTo(0);
        for (String count : List.of("read", "evaluated", "rejected", "skipped", "alerts")) {
            assertThat(withPrefilter.get(count)).as(count).isEqualTo(without.get(count));
        }
        assertThat(actionAtRegion(readAlerts(filtered))).isEqualTo(SEED_EXPECTED);
        assertThat(readAlerts(filtered).stream().map(e -> e.get("kibana.alert.uuid")).toList())
                .isEqualTo(readAlerts(full).stream().map(e -> e.get("kibana.alert.uuid")).toList());
    }

    @Test
    void seedRuleFiresOnAtomicTests124AndNotOnTest3() throws IOException {
        Path logs = simulate();
        Path alerts = tmp.resolve("alerts.ndjson");
        CliRun scan = scan(logs.toString(), "--alerts", alerts.toString(), "--rejects", tmp.resolve("r.ndjson").toString());
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        List<Event> found = ofRule(readAlerts(alerts), SEED_RULE_ID);
        assertThat(actionAtRegion(found)).containsExactlyInAnyOrderElementsOf(SEED_EXPECTED);
        assertThat(found).hasSize(3);
        assertThat(found).allSatisfy(a -> {
            assertThat(a.get("kibana.alert.rule.name")).isEqualTo("Cloud Resource Created in Unapproved Region");
            assertThat(a.get("kibana.alert.severity")).isEqualTo("medium");
            assertThat(a.get("kibana.alert.risk_score")).isEqualTo(47);
            assertThat(a.get("threat.technique.id")).isEqualTo("T1535");
            assertThat((String) a.get("kibana.alert.uuid")).hasSize(64);
            assertThat((List<?>) a.get("kibana.alert.investigation.first_steps")).isNotEmpty();
        });
        assertThat(scan.err()).contains("evaluated", "= read").doesNotContain("DOES NOT ADD UP");
    }

    @Test
    void rulePackAddsAHighSeverityCorrelationForTest3AfterTheUnapprovedRegionCreations() throws IOException {
        Path logs = simulate();
        Path alerts = tmp.resolve("alerts.ndjson");
        assertThat(scan(logs.toString(), "--alerts", alerts.toString()).exitCode()).isZero();
        List<Event> all = readAlerts(alerts);
        List<Event> correlation = ofRule(all, CORRELATION_RULE_ID);
        Event shell = correlation.stream().filter(a -> a.get("kibana.alert.building_block_type") == null).findFirst().orElseThrow();
        assertThat(shell.get("kibana.alert.severity")).isEqualTo("high");
        assertThat(shell.get("user.name")).isEqualTo("svc-backup-sync");
        List<Event> blocks = correlation.stream().filter(a -> "default".equals(a.get("kibana.alert.building_block_type"))).toList();
        assertThat(blocks).hasSize(2).allSatisfy(b -> assertThat(b.get("kibana.alert.group.id")).isEqualTo(shell.get("kibana.alert.uuid")));
        // the seed: unusual-region compute creation (test 1) followed by IAM key creation (test 3)
        assertThat(blocks).extracting(b -> b.get("event.action")).containsExactly("RunInstances", "CreateUser");
        assertThat(blocks.get(0).get("cloud.region")).isEqualTo("ap-southeast-1");
        assertThat(all).filteredOn(a -> a.get("kibana.alert.building_block_type") == null)
                .extracting(a -> a.get("kibana.alert.rule.rule_id")).containsOnly(SEED_RULE_ID,
                        "8c7fad2d-0084-4d5d-bc58-20e36da4fecc", CORRELATION_RULE_ID);
    }

    @Test
    void approvedRegionsFlagReplacesTheSeedList() throws IOException {
        Path logs = simulate();
        Path alerts = tmp.resolve("alerts.ndjson");
        CliRun scan = scan(logs.toString(), "--alerts", alerts.toString(),
                "--approved-regions", "us-east-1,us-west-2,eu-west-1,eu-central-1,eastus,eastus2,westus,westus2,westeurope,northeurope,uksouth,ukwest,"
                        + "ap-southeast-1,sa-east-1,japaneast");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(ofRule(readAlerts(alerts), SEED_RULE_ID)).isEmpty();
    }

    @Test
    void configFileNarrowsTheApprovedListSoMoreRegionsAlert() throws IOException {
        Path logs = simulate();
        Path config = tmp.resolve("regionwatch.yml");
        Files.writeString(config, "approved_regions:\n  aws: [us-east-1]\n  azure: [eastus]\n");
        Path alerts = tmp.resolve("alerts.ndjson");
        CliRun scan = scan(logs.toString(), "--alerts", alerts.toString(), "--config", config.toString());
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        Set<String> found = actionAtRegion(ofRule(readAlerts(alerts), SEED_RULE_ID));
        assertThat(found).containsAll(SEED_EXPECTED);
        assertThat(found.size()).isGreaterThan(SEED_EXPECTED.size());
        assertThat(found).noneMatch(s -> s.endsWith("@us-east-1") || s.endsWith("@eastus"));
    }

    @Test
    void scanIsDeterministicInItsAlertIds() throws IOException {
        Path logs = simulate();
        Path a = tmp.resolve("a.ndjson");
        Path b = tmp.resolve("b.ndjson");
        // fresh state each time: with a shared state the second run would (rightly) suppress repeats
        assertThat(CliRun.of("scan", logs.toString(), "--alerts", a.toString(), "--no-state").exitCode()).isZero();
        assertThat(CliRun.of("scan", logs.toString(), "--alerts", b.toString(), "--no-state").exitCode()).isZero();
        assertThat(readAlerts(a).stream().map(e -> e.get("kibana.alert.uuid")).toList())
                .isEqualTo(readAlerts(b).stream().map(e -> e.get("kibana.alert.uuid")).toList());
    }

    @Test
    void rescanningWithTheSameStateDoesNotRepeatSuppressedAlerts() throws IOException {
        Path logs = simulate();
        Path first = tmp.resolve("first.ndjson");
        Path second = tmp.resolve("second.ndjson");
        assertThat(scan(logs.toString(), "--alerts", first.toString()).exitCode()).isZero();
        assertThat(scan(logs.toString(), "--alerts", second.toString()).exitCode()).isZero();
        assertThat(ofRule(readAlerts(first), CORRELATION_RULE_ID)).isNotEmpty();
        assertThat(ofRule(readAlerts(second), CORRELATION_RULE_ID)).as("inside the 1 h suppression window of run 1").isEmpty();
        assertThat(ofRule(readAlerts(second), SEED_RULE_ID)).hasSize(3);
    }

    @Test
    void aSequenceOpenedInOneRunCompletesInTheNext() throws IOException {
        Path logs = simulate();
        Path trail = logs.resolve("aws/AWSLogs/418275093621/CloudTrail");
        Path first = tmp.resolve("first.ndjson");
        Path second = tmp.resolve("second.ndjson");
        // run 1 sees the unapproved-region creations, run 2 (next night) the IAM changes logged in us-east-1
        assertThat(scan(trail.resolve("ap-southeast-1").toString(), trail.resolve("sa-east-1").toString(), "--alerts", first.toString())
                .exitCode()).isZero();
        assertThat(scan(trail.resolve("us-east-1").toString(), "--alerts", second.toString()).exitCode()).isZero();
        assertThat(ofRule(readAlerts(first), CORRELATION_RULE_ID)).isEmpty();
        assertThat(ofRule(readAlerts(second), CORRELATION_RULE_ID)).filteredOn(a -> a.get("kibana.alert.building_block_type") != null)
                .extracting(a -> a.get("event.action")).containsExactly("RunInstances", "CreateUser");
        Path alone = tmp.resolve("alone.ndjson");
        assertThat(CliRun.of("scan", trail.resolve("us-east-1").toString(), "--alerts", alone.toString(), "--no-state").exitCode()).isZero();
        assertThat(ofRule(readAlerts(alone), CORRELATION_RULE_ID)).as("without the carried state there is nothing to complete").isEmpty();
    }

    @Test
    void badConfigExits65WithFileLineColumn() throws IOException {
        Path config = tmp.resolve("bad.yml");
        Files.writeString(config, "approved_regions:\n  aws: [us-east-1, \"Not A Region\"]\n");
        CliRun scan = scan(tmp.toString(), "--config", config.toString(), "--alerts", tmp.resolve("x").toString());
        assertThat(scan.exitCode()).isEqualTo(65);
        assertThat(scan.err()).contains(config + ":2:");
    }

    @Test
    void badRuleFileExits65WithEveryDiagnostic() throws IOException {
        Path rule = tmp.resolve("bad.toml");
        Files.writeString(rule, "[rule]\nname = \"x\"\nrule_id = \"not-a-uuid\"\nseverity = \"medium\"\nrisk_score = 90\n"
                + "type = \"eql\"\nlanguage = \"eql\"\ndescription = \"d\"\nquery = '''\nany where (event.action == \"x\"\n'''\n");
        CliRun scan = scan(tmp.toString(), "--rules", rule.toString(), "--alerts", tmp.resolve("x").toString());
        assertThat(scan.exitCode()).isEqualTo(65);
        assertThat(scan.err()).contains(rule + ":3:", "rule_id must be a UUID", rule + ":5:", "does not fit severity");
    }

    @Test
    void missingInputExits74AndUnknownOptionExits64() {
        CliRun missing = scan(tmp.resolve("nope").toString(), "--alerts", tmp.resolve("x").toString());
        assertThat(missing.exitCode()).isEqualTo(74);
        assertThat(missing.err()).contains("nope");
        assertThat(scan("--no-such-option", "x").exitCode()).isEqualTo(64);
    }
}
