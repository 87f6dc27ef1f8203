package io.regionwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every raw shape the clouds really write is read and normalized. */
class ShapesTest {
    private static Collector ingest(String fixture) {
        return Collector.ingest(Fixtures.bytes(fixture), IngestOptions.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws/111122223333_CloudTrail_ap-southeast-3_20240501T1000Z_abc.json", "aws/records.ndjson",
        "aws/grimoire-array.json", "aws/cloudwatch-subscription.json"})
    void cloudTrailShapes(String fixture) {
        Collector c = ingest(fixture);
        assertThat(c.rejects).isEmpty();
        assertThat(c.events).hasSize(2);
        Event run = c.events.get(0);
        assertThat(run.get("event.action")).isEqualTo("RunInstances");
        assertThat(run.get("cloud.region")).isEqualTo("ap-southeast-3");
        assertThat(run.get("cloud.provider")).isEqualTo("aws");
        assertThat(run.get("event.dataset")).isEqualTo("aws.cloudtrail");
        assertThat(run.get("event.outcome")).isEqualTo("success");
        assertThat(run.get("user.name")).isEqualTo("alice");
        assertThat(run.get("source.ip")).isEqualTo("198.51.100.7");
        assertThat(run.get("@timestamp")).isEqualTo("2024-05-01T10:00:00.000Z");
        assertThat(run.get("aws.cloudtrail.flattened.request_parameters.instanceType")).isEqualTo("p3.16xlarge");
        Event key = c.events.get(1);
        assertThat(key.get("event.outcome")).isEqualTo("failure");
        assertThat(key.get("user.name")).isEqualTo("Admin");
        assertThat(key.get("source.ip")).isNull();
        assertThat(key.get("source.address")).isEqualTo("ec2.amazonaws.com");
        assertThat(key.get("event.category")).isEqualTo("iam");
        assertThat(key.get("event.type")).isEqualTo(List.of("admin", "creation"));
        assertThat(key.get("aws.cloudtrail.error_code")).isEqualTo("Client.UnauthorizedOperation");
    }

    @Test
    void splunkSearchRowsAsElasticThirdPartyPipeline() {
        String record = new String(Fixtures.bytes("aws/records.ndjson"), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        String row = "{\"preview\":false,\"offset\":0,\"result\":{\"_cd\":\"1:2\",\"_raw\":" + quote(record) + "}}";
        String noRaw = "{\"preview\":true,\"result\":{\"_cd\":\"1:3\"}}";
        Collector c = Collector.ingest(row + "\n" + noRaw + "\n");
        assertThat(c.events).singleElement().satisfies(e -> assertThat(e.get("event.action")).isEqualTo("RunInstances"));
        assertThat(c.skips).hasSize(1);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void firehoseConcatenatedSubscriptionMessages() {
        String data = new String(Fixtures.bytes("aws/cloudwatch-subscription.json"), java.nio.charset.StandardCharsets.UTF_8).strip();
        String control = "{\"messageType\":\"CONTROL_MESSAGE\",\"owner\":\"CloudwatchLogs\",\"logGroup\":\"\","
                + "\"logStream\":\"\",\"subscriptionFilters\":[],\"logEvents\":[{\"id\":\"\",\"timestamp\":1714557600000,"
                + "\"message\":\"CWL CONTROL MESSAGE: Checking health of destination Firehose.\"}]}";
        Collector c = Collector.ingest(Fixtures.gzip((data + control + data).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                IngestOptions.defaults());
        assertThat(c.events).hasSize(4);
        assertThat(c.skips).singleElement().satisfies(s -> assertThat(s.reason()).contains("control message"));
        assertThat(c.rejects).isEmpty();
    }

    @Test
    void gzipS3ObjectIsDetectedByMagicBytesNotName() {
        byte[] gz = Fixtures.gzip(Fixtures.bytes("aws/111122223333_CloudTrail_ap-southeast-3_20240501T1000Z_abc.json"));
        Collector c = Collector.ingest(gz, IngestOptions.defaults());
        assertThat(c.events).hasSize(2);
        assertThat(c.stats.bytes()).isEqualTo(gz.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws/eventbridge.json", "aws/lookup-events.json"})
    void envelopesAreUnwrapped(String fixture) {
        Collector c = ingest(fixture);
        assertThat(c.rejects).isEmpty();
        assertThat(c.events).singleElement().satisfies(e -> {
            assertThat(e.get("event.action")).isEqualTo("RunInstances");
            assertThat(e.get("cloud.account.id")).isEqualTo("111122223333");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"azure/eventhub-batch.json", "azure/PT1H.json"})
    void azureEventHubAndStorage(String fixture) {
        Collector c = ingest(fixture);
        assertThat(c.rejects).isEmpty();
        assertThat(c.events).hasSize(2);
        Event write = c.events.get(0);
        assertThat(write.get("event.action")).isEqualTo("MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE");
        assertThat(write.get("cloud.region")).isEqualTo("brazilsouth");
        assertThat(write.get("cloud.account.id")).isEqualTo("11111111-2222-3333-4444-555555555555");
        assertThat(write.get("event.outcome")).isEqualTo("success");
        assertThat(write.get("user.name")).isEqualTo("mallory");
        assertThat(write.get("user.email")).isEqualTo("mallory@contoso.com");
        assertThat(write.get("event.duration")).isEqualTo(1_234_000_000L);
        assertThat(write.get("@timestamp")).isEqualTo("2024-05-01T10:00:00.123Z");
        Event started = c.events.get(1);
        assertThat(started.get("event.outcome")).as("Start is not an outcome").isNull();
        assertThat(started.get("cloud.region")).as("global falls back to the response body").isEqualTo("koreacentral");
    }

    @Test
    void azureLogAnalyticsRows() {
        Collector c = ingest("azure/log-analytics-export.json");
        assertThat(c.rejects).isEmpty();
        assertThat(c.events).hasSize(2);
        Event write = c.events.get(0);
        assertThat(write.get("event.action")).isEqualTo("MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE");
        assertThat(write.get("event.outcome")).isEqualTo("success");
        assertThat(write.get("cloud.region")).isEqualTo("southafricanorth");
        assertThat(write.get("user.name")).isEqualTo("mallory");
        assertThat(write.get("source.ip")).isEqualTo("203.0.113.9");
        assertThat(write.get("cloud.account.id")).isEqualTo("11111111-2222-3333-4444-555555555555");
        Event delete = c.events.get(1);
        assertThat(delete.get("event.outcome")).isEqualTo("failure");
        assertThat(delete.get("cloud.account.id")).isEqualTo("11111111-2222-3333-4444-555555555555");
        assertThat(delete.get("cloud.region")).isNull();
    }

    @Test
    void azureRestShape() {
        Collector c = ingest("azure/rest-activity-log.json");
        assertThat(c.rejects).isEmpty();
        Event e = c.events.get(0);
        assertThat(e.get("event.action")).isEqualTo("MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/WRITE");
        assertThat(e.get("event.outcome")).as("Accepted is not an outcome").isNull();
        assertThat(e.get("source.ip")).isEqualTo("192.0.2.4");
        assertThat(e.get("cloud.region")).isEqualTo("westeurope");
        assertThat(e.get("user.name")).isEqualTo("rob");
        assertThat(e.get("@timestamp")).isEqualTo("2024-05-01T10:10:00.000Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gcp/audit.jsonl", "gcp/entries-array.json"})
    void gcpAuditEntries(String fixture) {
        Collector c = ingest(fixture);
        assertThat(c.rejects).isEmpty();
        assertThat(c.events).hasSize(2);
        Event insert = c.events.get(0);
        assertThat(insert.get("event.action")).isEqualTo("v1.compute.instances.insert");
        assertThat(insert.get("cloud.region")).isEqualTo("asia-south2");
        assertThat(insert.get("event.provider")).isEqualTo("activity");
        assertThat(insert.get("event.outcome")).isEqualTo("success");
        assertThat(insert.get("cloud.project.id")).isEqualTo("p1");
        Event denied = c.events.get(1);
        assertThat(denied.get("event.outcome")).isEqualTo("failure");
        assertThat(denied.get("cloud.region")).as("global label, then resourceLocation").isEqualTo("europe-west9");
        assertThat(denied.get("source.ip")).isNull();
    }

    @Test
    void preserveOriginalKeepsTheRecord() {
        Collector c = Collector.ingest(Fixtures.bytes("aws/records.ndjson"), new IngestOptions(false, true, Limits.defaults()));
        assertThat((String) c.events.get(0).get("event.original")).startsWith("{\"eventVersion\":\"1.08\"");
        assertThat(ingest("aws/records.ndjson").events.get(0).get("event.original")).isNull();
    }

    @Test
    void rawModeHandsRecordsOnAsTheyAre() {
        IngestOptions raw = new IngestOptions(true, false, Limits.defaults());
        Collector array = Collector.ingest("[{\"a\":1,\"b\":{\"c\":[true,2.5,\"x\"]}},{\"a\":2}]", raw);
        assertThat(array.events).hasSize(2);
        assertThat(array.events.get(0).get("b.c")).isEqualTo(List.of(true, 2.5, "x"));
        assertThat(array.events.get(0).get("a")).isEqualTo(1L);
        Collector s3 = Collector.ingest(Fixtures.bytes("aws/111122223333_CloudTrail_ap-southeast-3_20240501T1000Z_abc.json"), raw);
        assertThat(s3.events).singleElement().satisfies(e -> assertThat(e.get("Records")).isInstanceOf(List.class));
        assertThat(s3.stats.perDataset()).containsEntry("raw", 1L);
    }
}
