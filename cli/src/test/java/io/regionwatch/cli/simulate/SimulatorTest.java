package io.regionwatch.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

class SimulatorTest {

    static final Pattern LOG_KEY = Pattern.compile("aws/AWSLogs/(\\d{12})/CloudTrail/([a-z0-9-]+)/(\\d{4})/(\\d{2})/"
            + "(\\d{2})/\\1_CloudTrail_\\2_\\3\\4\\5T(\\d{2})(\\d{2})Z_[A-Za-z0-9]{16}\\.json\\.gz");
    static final Pattern DIGEST_KEY = Pattern.compile("aws/AWSLogs/(\\d{12})/CloudTrail-Digest/([a-z0-9-]+)/"
            + "(\\d{4})/(\\d{2})/(\\d{2})/\\1_CloudTrail-Digest_\\2_[A-Za-z0-9-]+_[a-z0-9-]+_\\3\\4\\5T\\d{6}Z\\.json\\.gz");

    @TempDir
    static Path dir;
    static SimulationManifest manifest;
    static SimulatedLogs logs;

    @BeforeAll
    static void simulate() throws IOException {
        manifest = new Simulator(SimulationOptions.defaults()).writeTo(dir);
        logs = new SimulatedLogs(dir);
    }

    @Test
    void sameSeedAndStartGiveByteIdenticalOutput(@TempDir Path again) throws IOException {
        SimulationManifest second = new Simulator(SimulationOptions.defaults()).writeTo(again);
        assertThat(second).isEqualTo(manifest);
        for (String file : manifest.files()) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(dir.resolve(file)));
        }
    }

    @Test
    void anotherSeedGivesOtherIdentifiers(@TempDir Path other) throws IOException {
        SimulationManifest m = new Simulator(new SimulationOptions(7, SimulationOptions.DEFAULT_START, 400)).writeTo(other);
        assertThat(m.planted().get(0).id()).isNotEqualTo(manifest.planted().get(0).id());
    }

    @Test
    void manifestListsExactlyTheFilesOnDisk() {
        assertThat(manifest.files()).isEqualTo(logs.files).isSorted();
        assertThat(manifest.planted()).allSatisfy(p -> assertThat(logs.files).contains(p.file()));
    }

    @Test
    void cloudTrailKeysFollowTheS3Layout() {
        assertThat(logs.cloudTrailFiles()).isNotEmpty().allSatisfy(f -> assertThat(f).matches(LOG_KEY));
        assertThat(logs.digestFiles()).hasSize(1).allSatisfy(f -> assertThat(f).matches(DIGEST_KEY));
        assertThat(logs.files).filteredOn(f -> f.startsWith("aws/"))
                .hasSize(logs.cloudTrailFiles().size() + logs.digestFiles().size());
    }

    @Test
    void cloudTrailObjectsAreGzippedRecordsOfTheirOwnRegionAndWindow() {
        for (String file : logs.cloudTrailFiles()) {
            Matcher key = LOG_KEY.matcher(file);
            assertThat(key.matches()).isTrue();
            JsonNode body = logs.gunzipJson(file);
            assertThat(body.propertyNames()).containsExactly("Records");
            assertThat(body.path("Records").isArray()).isTrue();
            assertThat(body.path("Records").size()).isPositive();
            Instant end = Instant.parse(key.group(3) + "-" + key.group(4) + "-" + key.group(5) + "T" + key.group(6)
                    + ":" + key.group(7) + ":00Z");
            for (JsonNode r : body.path("Records")) {
                assertThat(r.path("awsRegion").asString()).isEqualTo(key.group(2));
                Instant t = Instant.parse(r.path("eventTime").asString());
                assertThat(t).isBefore(end).isAfterOrEqualTo(end.minus(Duration.ofMinutes(5)));
            }
        }
    }

    @Test
    void globalServicesAreLoggedInUsEast1() {
        assertThat(logs.cloudTrailRecords()).filteredOn(r -> List.of("iam.amazonaws.com", "signin.amazonaws.com")
                .contains(r.json().path("eventSource").asString()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.json().path("awsRegion").asString()).isEqualTo("us-east-1"));
    }

    @Test
    void digestHasTheRealShapeAndPointsAtHomeRegionFiles() {
        JsonNode d = logs.gunzipJson(logs.digestFiles().get(0));
        assertThat(d.has("Records")).isFalse();
        assertThat(d.path("awsAccountId").asString()).isEqualTo(AwsOrg.ACCOUNT);
        assertThat(d.path("digestEndTime").asString()).isEqualTo("2026-11-02T09:00:00Z");
        assertThat(d.path("logFiles").size()).isPositive();
        for (JsonNode f : d.path("logFiles")) {
            assertThat(logs.files).contains("aws/" + f.path("s3Object").asString());
            assertThat(f.path("s3Object").asString()).contains("/CloudTrail/us-east-1/");
        }
    }

    @Test
    void backgroundHasSeveralHundredRecordsAcrossAllThreeClouds() {
        int total = logs.cloudTrailRecords().size() + logs.logAnalyticsRows().size()
                + logs.storageExportRecords().size() + logs.gcpEntries().size();
        assertThat(total).isGreaterThanOrEqualTo(400);
        assertThat(logs.storageExportRecords()).isNotEmpty();
        assertThat(logs.gcpEntries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.json().path("logName").asString()).endsWith("cloudaudit.googleapis.com%2Factivity"));
    }

    @Test
    void theSeedQueryAlertsOnExactlyThePlantedPositives() {
        assertThat(SeedQueryOracle.alerts(logs))
                .containsExactlyInAnyOrderElementsOf(manifest.expectedAlerts().stream().map(PlantedEvent::id).toList());
        assertThat(manifest.expectedAlerts()).extracting(PlantedEvent::test).containsExactly(
                AtomicTests.RUN_INSTANCES, AtomicTests.CREATE_BUCKET, AtomicTests.RESOURCE_GROUP);
    }

    @Test
    void otherSeedsAlsoPlantNoAccidentalPositives(@TempDir Path other) throws IOException {
        for (long seed : new long[] {1, 42, 20261102}) {
            Path out = other.resolve("seed-" + seed);
            SimulationManifest m = new Simulator(new SimulationOptions(seed, Instant.parse("2025-03-01T22:30:00Z"), 900))
                    .writeTo(out);
            assertThat(SeedQueryOracle.alerts(new SimulatedLogs(out))).as("seed %d", seed)
                    .containsExactlyInAnyOrderElementsOf(m.expectedAlerts().stream().map(PlantedEvent::id).toList());
        }
    }

    @Test
    void refusesToMixWithAnEarlierRun() {
        assertThatThrownBy(() -> new Simulator(SimulationOptions.defaults()).writeTo(dir))
                .isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void optionsRejectNegativeCountsAndDropSubSecondStart() {
        assertThatThrownBy(() -> new SimulationOptions(1, Instant.EPOCH, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SimulationOptions(1, Instant.parse("2026-01-01T00:00:00.750Z"), 0).start())
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
