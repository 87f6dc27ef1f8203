package io.regionwatch.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.cli.Main;
import io.regionwatch.core.alert.Alert;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The _bulk sink against a real OpenSearch started from its Maven Central distribution on 127.0.0.1. */
class OpenSearchBulkIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static OpenSearchServer server;

    @BeforeAll
    static void startServer() throws Exception {
        String homeProperty = System.getProperty("regionwatch.opensearch.home");
        Path home = homeProperty == null ? null : Path.of(homeProperty);
        String reason = OpenSearchServer.unavailableReason(home);
        Assumptions.assumeTrue(reason == null, () -> "skipped: " + reason);
        long start = System.nanoTime();
        server = OpenSearchServer.start(home);
        System.out.printf("OpenSearch ready at %s in %.1f s%n", server.url, (System.nanoTime() - start) / 1e9);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void scanWritesAlertsOnceByUuidAndARescanDuplicatesNothing(@TempDir Path tmp) throws Exception {
        String index = BulkAlertSink.DEFAULT_INDEX;
        JsonNode first = scan(tmp, index);
        long created = first.at("/outputs/opensearch/created").asLong();
        // building-block alerts of sequences are written too, as Elastic does, so there are more documents than alerts
        assertThat(created).isGreaterThanOrEqualTo(first.at("/alerts").asLong()).isPositive();
        assertThat(first.at("/outputs/opensearch/failed").asLong()).isZero();
        long count = count(index);
        assertThat(count).isEqualTo(created);
        JsonNode again = scan(tmp, index);
        assertThat(again.at("/outputs/opensearch/created").asLong()).isZero();
        assertThat(again.at("/outputs/opensearch/already_present").asLong()).isEqualTo(count);
        assertThat(count(index)).isEqualTo(count);

        String uuid = JSON.readTree(Files.readAllLines(tmp.resolve("alerts.ndjson")).get(0)).at("/kibana/alert/uuid").asString();
        JsonNode doc = get("/" + index + "/_doc/" + uuid);
        assertThat(doc.at("/found").asBoolean()).isTrue();
        assertThat(doc.at("/_source/kibana/alert/uuid").asString()).isEqualTo(uuid);
        assertThat(doc.at("/_source/kibana/alert/rule/name").asString()).startsWith("Cloud Resource Created in Unapproved Region");
        assertThat(doc.at("/_source/event/kind").asString()).isEqualTo("signal");
    }

    @Test
    void normalizedEventsCanGoAlongOnceEach(@TempDir Path tmp) throws Exception {
        String index = "regionwatch-it-events";
        JsonNode first = scan(tmp, "regionwatch-it-alerts-2", "--opensearch-events", index);
        long created = first.at("/outputs/opensearch_events/created").asLong();
        assertThat(created).isPositive();
        assertThat(created + first.at("/outputs/opensearch_events/already_present").asLong()).isEqualTo(first.at("/evaluated").asLong());
        send(HttpRequest.newBuilder(server.url.resolve("/" + index + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(count(index)).isEqualTo(created);
        JsonNode again = scan(tmp, "regionwatch-it-alerts-2", "--opensearch-events", index);
        assertThat(again.at("/outputs/opensearch_events/created").asLong()).isZero();
        assertThat(count(index)).isEqualTo(created);
    }

    @Test
    void alertsTheClusterRejectsGoToTheDeadLetterFile(@TempDir Path tmp) throws Exception {
        Path deadLetters = tmp.resolve("dead.ndjson");
        // index names must be lower case: every item fails with invalid_index_name_exception
        try (DeadLetterFile file = new DeadLetterFile(deadLetters);
                BulkAlertSink sink = new BulkAlertSink(server.url, "Not-Lower-Case", RetryPolicy.DEFAULT, file)) {
            sink.write(new Alert("id-1", "rule", "Rule", List.of(), Map.of("kibana", Map.of("alert", Map.of("uuid", "id-1")))));
            sink.flush();
            assertThat(sink.failed()).isEqualTo(1);
        }
        JsonNode entry = JSON.readTree(Files.readAllLines(deadLetters).get(0));
        assertThat(entry.get("key").asString()).isEqualTo("id-1");
        assertThat(entry.get("reason").asString()).startsWith("HTTP 400 invalid_index_name_exception");
    }

    private JsonNode scan(Path tmp, String index, String... extra) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("scan", Path.of("..", "examples").toString(),
                "--no-state", "--alerts", tmp.resolve("alerts.ndjson").toString(), "--rejects", tmp.resolve("rejects.ndjson").toString(),
                "--opensearch", server.url.toString(), "--opensearch-index", index,
                "--dead-letters", tmp.resolve("dead.ndjson").toString(), "--json-summary"));
        args.addAll(List.of(extra));
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        send(HttpRequest.newBuilder(server.url.resolve("/" + index + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
        String[] lines = err.toString().strip().split("\n");
        return JSON.readTree(lines[lines.length - 1]);
    }

    private long count(String index) throws Exception {
        return get("/" + index + "/_count").at("/count").asLong();
    }

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(server.url.resolve(path)).GET()));
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body();
    }
}
