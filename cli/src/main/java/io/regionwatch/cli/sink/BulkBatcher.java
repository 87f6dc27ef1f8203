package io.regionwatch.cli.sink;

import io.regionwatch.cli.output.NdjsonWriter;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Buffers {@code create} actions for {@code _bulk} and sends them in bounded batches, synchronously,
 * so a slow cluster slows the caller down (back-pressure) instead of letting memory grow. A
 * {@code 409} means the document with that id is already there and counts as done; items pushed back
 * with {@code 429} are retried alone; other item failures go to the dead-letter file.
 */
final class BulkBatcher {
    private static final int MAX_BATCH_DOCS = 500;
    private static final int MAX_BATCH_BYTES = 5 << 20;
    private final BulkClient client;
    private final RetryPolicy retry;
    private final DeadLetterFile deadLetters;
    private final List<Pending> batch = new ArrayList<>();
    private int batchBytes;
    private long created;
    private long alreadyPresent;
    private long failed;

    private record Pending(String id, String action, String source, Object document) {
    }

    BulkBatcher(URI url, RetryPolicy retry, DeadLetterFile deadLetters) {
        this.client = new BulkClient(url, retry);
        this.retry = retry;
        this.deadLetters = deadLetters;
    }

    void create(String index, String id, Map<String, Object> document) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("_index", index);
        meta.put("_id", id);
        String action = NdjsonWriter.toJson(Map.of("create", meta));
        String source = NdjsonWriter.toJson(document);
        batch.add(new Pending(id, action, source, document));
        batchBytes += action.length() + source.length() + 2;
        if (batch.size() >= MAX_BATCH_DOCS || batchBytes >= MAX_BATCH_BYTES) {
            flush();
        }
    }

    void flush() throws IOException {
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
                deadLetters.write(client.target(), "HTTP " + r.status() + " " + r.error(), items.get(i).id(), items.get(i).document());
                failed++;
            }
        }
        return retryLater;
    }

    long created() {
        return created;
    }

    long alreadyPresent() {
        return alreadyPresent;
    }

    long failed() {
        return failed;
    }
}
