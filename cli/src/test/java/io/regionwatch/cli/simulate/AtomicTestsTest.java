package io.regionwatch.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** Each planted test is present exactly once, with the telemetry the seed's methodology expects. */
class AtomicTestsTest {

    @TempDir
    static Path dir;
    static SimulationManifest manifest;
    static SimulatedLogs logs;

    @BeforeAll
    static void simulate() throws IOException {
        manifest = new Simulator(SimulationOptions.defaults()).writeTo(dir);
        logs = new SimulatedLogs(dir);
    }

    /** The one CloudTrail record with this eventID, checked to live in the manifest's file. */
    static JsonNode awsRecord(PlantedEvent p) {
        List<SimulatedLogs.Located> hits = logs.cloudTrailRecords().stream()
                .filter(r -> r.json().path("eventID").asString().equals(p.id())).toList();
        assertThat(hits).as(p.test()).hasSize(1);
        assertThat(hits.get(0).file()).isEqualTo(p.file()).contains("/CloudTrail/" + p.region() + "/");
        JsonNode r = hits.get(0).json();
        assertThat(r.path("eventName").asString()).isEqualTo(p.action());
        assertThat(r.path("awsRegion").asString()).isEqualTo(p.region());
        assertThat(r.path("userIdentity").path("arn").asString()).isEqualTo(p.principal());
        return r;
    }

    @Test
    void test1RunInstancesSucceededInApSoutheast1ByAnIamUser() {
        PlantedEvent p = manifest.find(AtomicTests.RUN_INSTANCES, "RunInstances");
        assertThat(p.region()).isEqualTo("ap-southeast-1");
        assertThat(p.expectAlert()).isTrue();
        JsonNode r = awsRecord(p);
        assertThat(r.has("errorCode")).isFalse();
        assertThat(r.path("userIdentity").path("type").asString()).isEqualTo("IAMUser");
        assertThat(p.principal()).matches("arn:aws:iam::\\d{12}:user/.+");
        JsonNode item = r.path("requestParameters").path("instancesSet").path("items").get(0);
        assertThat(item.path("imageId").asString()).startsWith("ami-");
        assertThat(item.path("maxCount").asInt()).isEqualTo(1);
        assertThat(item.path("minCount").asInt()).isEqualTo(1);
        assertThat(r.path("requestParameters").path("instanceType").asString()).isNotEmpty();
        assertThat(r.path("responseElements").path("instancesSet").path("items").get(0).path("instanceId").asString())
                .startsWith("i-");
    }

    @Test
    void test2CreateBucketSucceededInSaEast1WithLocationConstraint() {
        PlantedEvent p = manifest.find(AtomicTests.CREATE_BUCKET, "CreateBucket");
        assertThat(p.region()).isEqualTo("sa-east-1");
        JsonNode r = awsRecord(p);
        assertThat(r.has("errorCode")).isFalse();
        JsonNode request = r.path("requestParameters");
        assertThat(request.path("CreateBucketConfiguration").path("LocationConstraint").asString()).isEqualTo("sa-east-1");
        assertThat(request.path("Host").asString()).isEqualTo(request.path("bucketName").asString() + ".s3.sa-east-1.amazonaws.com");
    }

    @Test
    void test3IamUserAndKeyBySamePrincipalInUsEast1AfterTest1() {
        PlantedEvent run = manifest.find(AtomicTests.RUN_INSTANCES, "RunInstances");
        PlantedEvent user = manifest.find(AtomicTests.IAM_KEY, "CreateUser");
        PlantedEvent key = manifest.find(AtomicTests.IAM_KEY, "CreateAccessKey");
        for (PlantedEvent p : List.of(user, key)) {
            JsonNode r = awsRecord(p);
            assertThat(r.path("eventSource").asString()).isEqualTo("iam.amazonaws.com");
            assertThat(r.path("awsRegion").asString()).isEqualTo("us-east-1");
            assertThat(p.principal()).isEqualTo(run.principal());
            assertThat(Duration.between(run.time(), p.time())).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(20));
            assertThat(p.expectAlert()).as("IAM is global: us-east-1 is approved").isFalse();
        }
        assertThat(awsRecord(key).path("requestParameters").path("userName").asString())
                .isEqualTo(awsRecord(user).path("requestParameters").path("userName").asString());
    }

    @Test
    void test4ResourceGroupRowHasLocationOnlyInsideProperties() {
        PlantedEvent p = manifest.find(AtomicTests.RESOURCE_GROUP, "MICROSOFT.RESOURCES/RESOURCEGROUPS/WRITE");
        List<JsonNode> rows = logs.logAnalyticsRows().stream().map(SimulatedLogs.Located::json)
                .filter(r -> r.path("CorrelationId").asString().equals(p.correlationId())).toList();
        assertThat(rows).extracting(r -> r.path("ActivityStatusValue").asString()).containsExactly("Started", "Succeeded");
        JsonNode row = rows.get(1);
        assertThat(row.path("EventDataId").asString()).isEqualTo(p.id());
        assertThat(row.path("OperationNameValue").asString()).isEqualTo("MICROSOFT.RESOURCES/RESOURCEGROUPS/WRITE");
        assertThat(row.path("Caller").asString()).isEqualTo(p.principal()).contains("@");
        assertThat(row.path("CallerIpAddress").asString()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(row.path("Type").asString()).isEqualTo("AzureActivity");
        assertThat(row.propertyNames()).noneMatch(k -> k.toLowerCase(Locale.ROOT).contains("location"));
        JsonNode properties = SimulatedLogs.MAPPER.readTree(row.path("Properties").asString());
        assertThat(properties).isEqualTo(row.path("Properties_d"));
        assertThat(SimulatedLogs.MAPPER.readTree(properties.path("requestbody").asString()).path("location").asString())
                .isEqualTo("japaneast");
        assertThat(rows.get(0).path("TimeGenerated").asString()).isLessThan(row.path("TimeGenerated").asString());
    }

    @Test
    void negativesArePresentAndQuiet() {
        PlantedEvent failedBucket = manifest.find(AtomicTests.FAILED_BUCKET, "CreateBucket");
        assertThat(awsRecord(failedBucket).path("errorCode").asString()).isEqualTo("BucketAlreadyExists");
        assertThat(failedBucket.region()).isEqualTo("sa-east-1");
        PlantedEvent failedRun = manifest.find(AtomicTests.FAILED_RUN, "RunInstances");
        assertThat(awsRecord(failedRun).path("errorCode").asString()).isEqualTo("Client.UnauthorizedOperation");
        assertThat(SeedQueryOracle.APPROVED).doesNotContain(failedRun.region());
        assertThat(awsRecord(manifest.find(AtomicTests.APPROVED_RUN, "RunInstances")).path("awsRegion").asString())
                .isEqualTo("eu-west-1");
        assertThat(manifest.find(AtomicTests.APPROVED_VM, "MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE").region())
                .isEqualTo("westeurope");
        assertThat(manifest.planted()).filteredOn(p -> p.test().startsWith("negative-"))
                .hasSize(5).noneMatch(PlantedEvent::expectAlert);
    }

    @Test
    void backgroundContainsTheTrapsTheBriefAsksFor() {
        List<JsonNode> records = logs.cloudTrailRecords().stream().map(SimulatedLogs.Located::json).toList();
        assertThat(records).anyMatch(r -> "AWSService".equals(r.path("userIdentity").path("type").asString())
                && !r.path("userIdentity").has("accountId"));
        assertThat(records).anyMatch(r -> "AccessDenied".equals(r.path("errorCode").asString()));
        assertThat(records).anyMatch(r -> "ConsoleLogin".equals(r.path("eventName").asString()));
        assertThat(records).anyMatch(r -> "Client.UnauthorizedOperation".equals(r.path("errorCode").asString())
                && "RunInstances".equals(r.path("eventName").asString())
                && !SeedQueryOracle.APPROVED.contains(r.path("awsRegion").asString()));
        Map<String, Set<String>> regionsPerSecond = new HashMap<>();
        records.stream().filter(r -> r.path("readOnly").asBoolean()).forEach(r -> regionsPerSecond
                .computeIfAbsent(r.path("eventTime").asString() + r.path("eventName").asString(), k -> new HashSet<>())
                .add(r.path("awsRegion").asString()));
        assertThat(regionsPerSecond.values()).as("console fan-out reads").anyMatch(regions -> regions.size() >= 10);
    }
}
