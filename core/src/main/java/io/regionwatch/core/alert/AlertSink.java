package io.regionwatch.core.alert;

import java.io.IOException;

/** Where alerts go: a file, a terminal, a SIEM. Sinks are passed in, never global. */
public interface AlertSink extends AutoCloseable {
    void write(Alert alert) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
