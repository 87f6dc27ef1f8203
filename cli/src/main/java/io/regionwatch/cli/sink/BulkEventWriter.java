package io.regionwatch.cli.sink;

import io.regionwatch.core.alert.AlertIds;
import io.regionwatch.core.event.Event;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes the normalized ECS events to Elasticsearch or OpenSearch with {@code _bulk}, so analysts can
 * pivot from an alert to the activity around it. Each event's {@code _id} is a hash of its identity
 * (dataset and cloud event id), so re-reading the same logs writes nothing twice.
 */
public final class BulkEventWriter implements Closeable {
    public static final String DEFAULT_INDEX = "logs-regionwatch.events-default";
    private final BulkBatcher batcher;
    private final String index;

    public BulkEventWriter(URI url, String index, RetryPolicy retry, DeadLetterFile deadLetters) {
        this.batcher = new BulkBatcher(url, retry, deadLetters);
        this.index = index;
    }

    public void write(Event event) throws IOException {
        batcher.create(index, id(event), event.document());
    }

    static String id(Event event) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(AlertIds.eventKey(event).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public long created() {
        return batcher.created();
    }

    public long alreadyPresent() {
        return batcher.alreadyPresent();
    }

    public long failed() {
        return batcher.failed();
    }

    @Override
    public void close() throws IOException {
        batcher.flush();
    }
}
