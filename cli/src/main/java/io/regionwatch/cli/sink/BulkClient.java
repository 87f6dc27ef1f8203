package io.regionwatch.cli.sink;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one {@code _bulk} request to Elasticsearch or OpenSearch and reads the per-item results.
 * The whole request is retried on network errors and on 429/5xx with back-off; credentials come
 * from the URL's user-info ({@code https://user:pass@host:9200}) and never appear in messages.
 */
final class BulkClient {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI bulkUri;
    private final String authorization;
    private final RetryPolicy retry;

    /** One item's outcome: its HTTP status and, when it failed, the server's error type and reason. */
    record ItemResult(int status, String error) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    BulkClient(URI base, RetryPolicy retry) {
        String userInfo = base.getRawUserInfo();
        this.authorization = userInfo == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(
                        java.net.URLDecoder.decode(userInfo, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
        String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        this.bulkUri = URI.create(base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort())
                + (path.endsWith("/") ? path : path + "/") + "_bulk");
        this.retry = retry;
    }

    /** Where requests go, without credentials: for messages. */
    String target() {
        return bulkUri.toString();
    }

    /** Posts an NDJSON bulk body; returns one result per action line, in order. */
    List<ItemResult> send(String ndjson) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(bulkUri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(ndjson));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        IOException last = null;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            if (attempt > 1) {
                RetryPolicy.pause(retry.delayBefore(attempt));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return items(response.body());
                }
                last = new IOException(target() + ": HTTP " + response.statusCode() + ": " + excerpt(response.body()));
                if (!RetryPolicy.retryable(response.statusCode())) {
                    throw last;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted during a bulk request");
            } catch (IOException e) {
                if (e == last) {
                    throw e;
                }
                last = new IOException(target() + ": " + e.getMessage(), e);
            }
        }
        throw new IOException("gave up after " + retry.maxAttempts() + " attempts: " + last.getMessage(), last);
    }

    static List<ItemResult> items(String body) {
        JsonNode root = JSON.readTree(body);
        List<ItemResult> results = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            JsonNode op = item.iterator().next();
            JsonNode error = op.path("error");
            String reason = error.isMissingNode() ? null
                    : error.path("type").asString("") + ": " + error.path("reason").asString("");
            results.add(new ItemResult(op.path("status").asInt(0), reason));
        }
        return results;
    }

    private static String excerpt(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
