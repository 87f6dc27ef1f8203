package io.regionwatch.cli.sink;

import io.regionwatch.cli.output.NdjsonWriter;
import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertSink;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts each alert to a webhook (Slack, Teams, or any JSON receiver). Retries server-side and
 * network failures with back-off; an alert that still cannot be delivered, or that the receiver
 * rejects outright, goes to a dead-letter NDJSON file with the reason, so nothing is lost silently.
 */
public final class WebhookSink implements AlertSink {
    private final HttpClient http;
    private final URI url;
    private final java.util.function.Function<java.util.Map<String, Object>, String> body;
    private final RetryPolicy retry;
    private final DeadLetterFile deadLetters;
    private long delivered;
    private long deadLettered;

    public WebhookSink(URI url, WebhookFormat format, RetryPolicy retry, DeadLetterFile deadLetters) {
        this(url, alert -> NdjsonWriter.toJson(format.body(alert)), retry, deadLetters);
    }

    /** A sink posting what a custom template makes of each alert. */
    public WebhookSink(URI url, WebhookTemplate template, RetryPolicy retry, DeadLetterFile deadLetters) {
        this(url, template::render, retry, deadLetters);
    }

    private WebhookSink(URI url, java.util.function.Function<java.util.Map<String, Object>, String> body, RetryPolicy retry,
            DeadLetterFile deadLetters) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.url = url;
        this.body = body;
        this.retry = retry;
        this.deadLetters = deadLetters;
    }

    @Override
    public void write(Alert alert) throws IOException {
        if (AlertView.isBuildingBlock(alert.document())) {
            return;
        }
        String failure = deliver(body.apply(alert.document()));
        if (failure == null) {
            delivered++;
        } else {
            deadLetter(alert, failure);
        }
    }

    /** Sends one body; returns null when delivered, else why it was given up. */
    private String deliver(String body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        String failure = null;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            if (attempt > 1) {
                RetryPolicy.pause(retry.delayBefore(attempt));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return null;
                }
                failure = "HTTP " + status + " after " + attempt + " attempt" + (attempt == 1 ? "" : "s");
                if (!RetryPolicy.retryable(status)) {
                    return failure;
                }
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage() + " after " + attempt + " attempts";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while posting to the webhook");
            }
        }
        return failure;
    }

    /** Keeps the alert; the URL is cut to its host because a webhook's path is its secret. */
    private void deadLetter(Alert alert, String reason) throws IOException {
        deadLetters.write(url.getScheme() + "://" + url.getAuthority() + "/…", reason, alert.uuid(), alert.document());
        deadLettered++;
    }

    public long delivered() {
        return delivered;
    }

    public long deadLettered() {
        return deadLettered;
    }

}
