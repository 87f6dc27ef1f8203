package io.regionwatch.cli.sink;

import io.regionwatch.cli.output.NdjsonWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where documents that a network sink could not deliver are kept, one JSON object per line with the
 * sink, the reason and the document. Created on the first entry only; shared by every sink of a run
 * so that one file holds everything to replay.
 */
public final class DeadLetterFile implements Closeable {
    private final Path path;
    private NdjsonWriter writer;
    private long written;

    public DeadLetterFile(Path path) {
        this.path = path;
    }

    /** Keeps one undelivered document. {@code target} names where it should have gone, without secrets. */
    public synchronized void write(String target, String reason, String key, Object document) throws IOException {
        if (writer == null) {
            writer = NdjsonWriter.open(path.toString());
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("target", target);
        entry.put("reason", reason);
        entry.put("key", key);
        entry.put("document", document);
        writer.write(entry);
        writer.flush();
        written++;
    }

    public synchronized long written() {
        return written;
    }

    public Path path() {
        return path;
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
