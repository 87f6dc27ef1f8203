package io.regionwatch.cli.sink;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertSink;
import java.io.IOException;
import java.net.URI;

/**
 * Writes alerts to Elasticsearch or OpenSearch with {@code _bulk}, in Elastic's
 * {@code .alerts-security} shape. Each alert is a {@code create} with {@code _id} =
 * {@code kibana.alert.uuid}, as Elastic's detection engine writes them: a re-scan neither duplicates
 * alerts nor overwrites an analyst's triage.
 */
public final class BulkAlertSink implements AlertSink {
    public static final String DEFAULT_INDEX = ".alerts-security.alerts-default";
    private final BulkBatcher batcher;
    private final String index;

    public BulkAlertSink(URI url, String index, RetryPolicy retry, DeadLetterFile deadLetters) {
        this.batcher = new BulkBatcher(url, retry, deadLetters);
        this.index = index;
    }

    @Override
    public void write(Alert alert) throws IOException {
        batcher.create(index, alert.uuid(), alert.document());
    }

    /** Sends what is buffered now. */
    public void flush() throws IOException {
        batcher.flush();
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
