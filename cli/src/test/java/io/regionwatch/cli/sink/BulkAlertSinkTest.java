package io.regionwatch.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batching, retries and item outcomes of the _bulk sink, against a scripted local server (OpenSearchBulkIT uses a real one). */
class BulkAlertSinkTest {
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40));

    @Test
    void createsEachAlertWithItsUuidAsIdAndCountsConflictsAsAlreadyThere(@TempDir Path tmp) throws Exception {
        String reply = "{\"errors\":true,\"items\":[{\"create\":{\"status\":201}},"
                + "{\"create\":{\"status\":409,\"error\":{\"type\":\"version_conflict_engine_exception\",\"reason\":\"exists\"}}}]}";
        try (LocalHttpServer server = new LocalHttpServer(n -> new LocalHttpServer.Reply(200, reply))) {
            BulkAlertSink sink = new BulkAlertSink(server.url("/"), "alerts", FAST, new DeadLetterFile(tmp.resolve("dead.ndjson")));
            sink.write(TestAlerts.alert("u1", "alice", "sa-east-1"));
            sink.write(TestAlerts.alert("u2", "bob", "sa-east-1"));
            assertThat(server.bodies).as("batched until close").isEmpty();
            sink.close();
            assertThat(server.bodies).hasSize(1);
            String[] lines = server.bodies.get(0).split("\n");
            assertThat(lines).hasSize(4);
            assertThat(lines[0]).isEqualTo("{\"create\":{\"_index\":\"alerts\",\"_id\":\"u1\"}}");
            assertThat(lines[1]).contains("\"uuid\":\"u1\"");
            assertThat(sink.created()).isEqualTo(1);
            assertThat(sink.alreadyPresent()).isEqualTo(1);
        }
    }

    @Test
    void retriesOnlyTheItemsTheClusterPushedBack(@TempDir Path tmp) throws Exception {
        String first = "{\"errors\":true,\"items\":[{\"create\":{\"status\":201}},"
                + "{\"create\":{\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}}}]}";
        String second = "{\"errors\":false,\"items\":[{\"create\":{\"status\":201}}]}";
        try (LocalHttpServer server = new LocalHttpServer(n -> new LocalHttpServer.Reply(200, n == 0 ? first : second))) {
            BulkAlertSink sink = new BulkAlertSink(server.url("/"), "alerts", FAST, new DeadLetterFile(tmp.resolve("dead.ndjson")));
            sink.write(TestAlerts.alert("u1", "alice", "sa-east-1"));
            sink.write(TestAlerts.alert("u2", "bob", "sa-east-1"));
            sink.close();
            assertThat(server.bodies).hasSize(2);
            assertThat(server.bodies.get(1)).contains("\"_id\":\"u2\"").doesNotContain("\"_id\":\"u1\"");
            assertThat(sink.created()).isEqualTo(2);
        }
    }

    @Test
    void retriesAnOverloadedClusterThenFailsLoudly(@TempDir Path tmp) throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(n -> new LocalHttpServer.Reply(503, "busy"))) {
            BulkAlertSink sink = new BulkAlertSink(server.url("/"), "alerts", FAST, new DeadLetterFile(tmp.resolve("dead.ndjson")));
            sink.write(TestAlerts.alert("u1", "alice", "sa-east-1"));
            assertThatThrownBy(sink::close).isInstanceOf(IOException.class).hasMessageContaining("gave up after 3 attempts")
                    .hasMessageContaining("HTTP 503");
            assertThat(server.bodies).hasSize(3);
        }
    }

    @Test
    void sendsBasicAuthFromTheUrlAndFullBatchesAsTheyFill(@TempDir Path tmp) throws Exception {
        StringBuilder items = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 500; i++) {
            items.append(i == 0 ? "" : ",").append("{\"create\":{\"status\":201}}");
        }
        String reply = items.append("]}").toString();
        try (LocalHttpServer server = new LocalHttpServer(n -> new LocalHttpServer.Reply(200, reply))) {
            java.net.URI withUser = java.net.URI.create(server.url("/").toString().replace("http://", "http://elastic:s%3Acret@"));
            BulkAlertSink sink = new BulkAlertSink(withUser, "alerts", FAST, new DeadLetterFile(tmp.resolve("dead.ndjson")));
            for (int i = 0; i < 500; i++) {
                sink.write(TestAlerts.alert("u" + i, "alice", "sa-east-1"));
            }
            assertThat(server.bodies).as("a full batch is sent at once: the scan waits for it").hasSize(1);
            assertThat(server.authorizations.get(0)).isEqualTo("Basic " + java.util.Base64.getEncoder().encodeToString("elastic:s:cret".getBytes()));
            sink.close();
            assertThat(server.bodies).hasSize(1);
            assertThat(sink.created()).isEqualTo(500);
        }
        assertThat(Files.exists(tmp.resolve("dead.ndjson"))).isFalse();
    }
}
