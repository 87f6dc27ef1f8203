package io.regionwatch.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookTemplateTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEMPLATE = """
            {"summary": "{{kibana.alert.rule.name}} in {{ cloud.region }}", "who": "{{user.name}}",
             "tactics": "{{threat.tactic.id}}", "missing": "{{no.such.field}}"}
            """;

    @Test
    void fillsPlaceholdersWithValuesThatCannotLeaveTheirString() {
        String hostile = "x\", \"admin\": true, \"y\": \"\n</script>";
        String body = WebhookTemplate.parse(TEMPLATE).render(TestAlerts.alert("u1", hostile, "sa-east-1").document());
        JsonNode json = JSON.readTree(body);
        assertThat(json.get("summary").asString()).isEqualTo("Cloud Resource Created in Unapproved Region in sa-east-1");
        assertThat(json.get("who").asString()).isEqualTo(hostile);
        assertThat(json.has("admin")).isFalse();
        assertThat(json.get("missing").asString()).isEmpty();
        assertThat(body).doesNotContain("</script>");
    }

    @Test
    void aTemplateThatIsNotJsonIsRefusedUpFront() {
        assertThatThrownBy(() -> WebhookTemplate.parse("{\"text\": {{kibana.alert.reason}}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
    }

    @Test
    void aSinkPostsTheTemplateBody(@TempDir Path tmp) throws Exception {
        RetryPolicy fast = new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(5));
        try (LocalHttpServer server = new LocalHttpServer(n -> new LocalHttpServer.Reply(204, ""));
                WebhookSink sink = new WebhookSink(server.url("/hook"), WebhookTemplate.parse(TEMPLATE), fast,
                        new DeadLetterFile(tmp.resolve("dead.ndjson")))) {
            sink.write(TestAlerts.alert("u1", "alice", "sa-east-1"));
            assertThat(sink.delivered()).isEqualTo(1);
            assertThat(JSON.readTree(server.bodies.get(0)).get("who").asString()).isEqualTo("alice");
        }
    }
}
