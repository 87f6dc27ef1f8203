package io.regionwatch.cli.sink;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertSink;
import java.io.IOException;
import java.util.List;

/** Writes each alert to several sinks in order, and closes them all even when one fails. */
public final class TeeAlertSink implements AlertSink {
    private final List<AlertSink> sinks;

    public TeeAlertSink(List<AlertSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    @Override
    public void write(Alert alert) throws IOException {
        for (AlertSink sink : sinks) {
            sink.write(alert);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (AlertSink sink : sinks) {
            try {
                sink.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
