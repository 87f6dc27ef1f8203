package io.regionwatch.cli.output;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertSink;
import java.io.IOException;

/** Alerts as NDJSON documents in Elastic's alert shape. */
public final class NdjsonAlertSink implements AlertSink {
    private final NdjsonWriter writer;

    public NdjsonAlertSink(NdjsonWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(Alert alert) throws IOException {
        writer.write(alert.document());
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
