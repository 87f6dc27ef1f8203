package io.regionwatch.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The webhook sink against a real HTTP server (the JDK's) on 127.0.0.1. */
class WebhookSinkTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40));

    @Test
    void postsSlackCompatibleJsonWithMarkupNeutralized(@TempDir Path tmp) throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(n -> new LocalHttpServer.Reply(200, "ok"));
                WebhookSink sink = new WebhookSink(server.url("/hooks/T000/B000/secret"), WebhookFormat.SLACK, FAST, new DeadLetterFile(tmp.resolve("dead.ndjson")))) {
            sink.write(TestAlerts.alert("u1", "<!channel> *boss* <http://evil|click>", "sa-east-1"));
            assertThat(sink.delivered()).isEqualTo(1);
            JsonNode body = JSON.readTree(server.bodies.get(0));
            String text = body.get("text").asString();
            assertThat(text).startsWith("[medium] Cloud Resource Created in Unapproved Region\n")
                    .contains("&lt;!channel&gt; ∗boss∗ &lt;http://evil|click&gt;").contains("First step: Identify the caller")
                    .doesNotContain("<!channel>");
        }
        assertThat(tmp.resolve("dead.ndjson")).doesNotExist();
    }

    @Test
    void retriesServerErrorsThenDelivers(@TempDir Path tmp) throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(n -> new LocalHttpServer.Reply(n < 2 ? 503 : 200, ""));
                WebhookSink sink = new WebhookSink(server.url("/hook"), WebhookFormat.TEAMS, FAST, new DeadLetterFile(tmp.resolve("dead.ndjson")))) {
            sink.write(TestAlerts.alert("u1", "alice", "sa-east-1"));
            assertThat(server.bodies).hasSize(3);
            assertThat(sink.delivered()).isEqualTo(1);
            assertThat(JSON.readTree(server.bodies.get(2)).get("@type").asString()).isEqualTo("MessageCard");
        }
    }

    @Test
    void givesUpIntoTheDeadLetterFileWithoutLeakingTheSecretPath(@TempDir Path tmp) throws Exception {
        Path dead = tmp.resolve("dead.ndjson");
        try (LocalHttpServer server = new LocalHttpServer(n -> new LocalHttpServer.Reply(500, "down"));
                WebhookSink sink = new WebhookSink(server.url("/hooks/secret-token"), WebhookFormat.SLACK, FAST, new DeadLetterFile(dead))) {
            sink.write(TestAlerts.alert("u1", "alice", "sa-east-1"));
            assertThat(server.bodies).hasSize(3);
            assertThat(sink.deadLettered()).isEqualTo(1);
        }
        JsonNode entry = JSON.readTree(Files.readAllLines(dead).get(0));
        assertThat(entry.get("reason").asString()).isEqualTo("HTTP 500 after 3 attempts");
        assertThat(entry.at("/document/kibana/alert/uuid").asString()).isEqualTo("u1");
        assertThat(entry.get("key").asString()).isEqualTo("u1");
        assertThat(Files.readString(dead)).doesNotContain("secret-token");
    }

    @Test
    void aRejectedRequestIsNotRetried(@TempDir Path tmp) throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(n -> new LocalHttpServer.Reply(400, "invalid_payload"));
                WebhookSink sink = new WebhookSink(server.url("/hook"), WebhookFormat.ALERT, FAST, new DeadLetterFile(tmp.resolve("dead.ndjson")))) {
            sink.write(TestAlerts.alert("u1", "alice", "sa-east-1"));
            assertThat(server.bodies).hasSize(1);
            assertThat(sink.deadLettered()).isEqualTo(1);
            assertThat(JSON.readTree(server.bodies.get(0)).at("/kibana/alert/uuid").asString()).isEqualTo("u1");
        }
    }

    @Test
    void anUnreachableReceiverIsDeadLettered(@TempDir Path tmp) throws Exception {
        java.net.URI closed;
        try (LocalHttpServer server = new LocalHttpServer(n -> new LocalHttpServer.Reply(200, ""))) {
            closed = server.url("/hook");
        }
        try (WebhookSink sink = new WebhookSink(closed, WebhookFormat.SLACK, FAST, new DeadLetterFile(tmp.resolve("dead.ndjson")))) {
            sink.write(TestAlerts.alert("u1", "alice", "sa-east-1"));
            assertThat(sink.deadLettered()).isEqualTo(1);
        }
        assertThat(Files.readString(tmp.resolve("dead.ndjson"))).contains("ConnectException");
    }
}
