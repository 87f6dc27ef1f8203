package io.regionwatch.cli.sink;

import io.regionwatch.cli.output.NdjsonWriter;
import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertSink;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes alerts to Elasticsearch or OpenSearch with {@code _bulk}, in Elastic's
 * {@code .alerts-security} shape. Each alert is a {@code create} with {@code _id} =
 * {@code kibana.alert.uuid}, as Elastic's detection engine writes them: a re-scan neither duplicates
 * alerts nor overwrites an analyst's triage ({@code 409} means "already there" and counts as done).
 * Batches are bounded by count and bytes and sent synchronously, so a slow cluster slows the scan
 * (back-pressure); items the cluster rejects with 429 are retried, other failures go to a
 * dead-letter file.
 */
public final class BulkAlertSink implements AlertSink {
    public static final String DEFAULT_INDEX = ".alerts-security.alerts-default";
    private static final int MAX_BATCH_DOCS = 500;
    private static final int MAX_BATCH_BYTES = 5 << 20;
    private final BulkClient client;
    private final String index;
    private final RetryPolicy retry;
    private final Path deadLetterPath;
    private final List<Pending> batch = new ArrayList<>();
    private int batchBytes;
    private NdjsonWriter deadLetters;
    private long created;
    private long alreadyPresent;
    private long failed;

    private record Pending(String id, String action, String source, Map<String, Object> document) {
    }

    public BulkAlertSink(URI url, String index, RetryPolicy retry, Path deadLetterPath) {
        this.client = new BulkClient(url, retry);
        this.index = index;
        this.retry = retry;
        this.deadLetterPath = deadLetterPath;
    }

    @Override
    public void write(Alert alert) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("_index", index);
        meta.put("_id", alert.uuid());
        String action = NdjsonWriter.toJson(Map.of("create", meta));
        String source = NdjsonWriter.toJson(alert.document());
        batch.add(new Pending(alert.uuid(), action, source, alert.document()));
        batchBytes += action.length() + source.length() + 2;
        if (batch.size() >= MAX_BATCH_DOCS || batchBytes >= MAX_BATCH_BYTES) {
            flush();
        }
    }

    /** Sends what is buffered, retrying items the cluster pushed back on. */
    public void flush() throws IOException {
        List<Pending> todo = new ArrayList<>(batch);
        batch.clear();
        batchBytes = 0;
        for (int attempt = 1; !todo.isEmpty(); attempt++) {
            if (attempt > 1) {
                RetryPolicy.pause(retry.delayBefore(attempt));
            }
            todo = sendOnce(todo, attempt >= retry.maxAttempts());
        }
    }

    /** Sends items once; returns those to retry (429s), settling the rest. */
    private List<Pending> sendOnce(List<Pending> items, boolean lastAttempt) throws IOException {
        StringBuilder body = new StringBuilder();
        items.forEach(p -> body.append(p.action()).append('\n').append(p.source()).append('\n'));
        List<BulkClient.ItemResult> results = client.send(body.toString());
        if (results.size() != items.size()) {
            throw new IOException(client.target() + ": " + results.size() + " results for " + items.size() + " items");
        }
        List<Pending> retryLater = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkClient.ItemResult r = results.get(i);
            if (r.ok()) {
                created++;
            } else if (r.status() == 409) {
                alreadyPresent++;
            } else if (r.status() == 429 && !lastAttempt) {
                retryLater.add(items.get(i));
            } else {
                deadLetter(items.get(i), "HTTP " + r.status() + " " + r.error());
            }
        }
        return retryLater;
    }

    private void deadLetter(Pending item, String reason) throws IOException {
        if (deadLetters == null) {
            deadLetters = NdjsonWriter.open(deadLetterPath.toString());
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("index", index);
        entry.put("_id", item.id());
        entry.put("reason", reason);
        entry.put("alert", item.document());
        deadLetters.write(entry);
        failed++;
    }

    public long created() {
        return created;
    }

    public long alreadyPresent() {
        return alreadyPresent;
    }

    public long failed() {
        return failed;
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            if (deadLetters != null) {
                deadLetters.close();
            }
        }
    }
}
