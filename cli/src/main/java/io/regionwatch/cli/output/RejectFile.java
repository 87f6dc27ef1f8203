package io.regionwatch.cli.output;

import io.regionwatch.cli.redact.Redactor;
import io.regionwatch.ingest.Reject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps every rejected record (where it was, why, and an excerpt) as NDJSON. The file is created on
 * the first reject only, so a clean run leaves nothing behind.
 */
public final class RejectFile implements AutoCloseable {
    private final String target;
    private final Redactor redactor;
    private NdjsonWriter writer;
    private long written;

    public RejectFile(String target) {
        this(target, Redactor.none());
    }

    /**
     * Excerpts and reasons are masked by {@code redactor}: a rejected record carries the same secrets
     * as an accepted one (a truncated AssumeRole response is still a session token).
     */
    public RejectFile(String target, Redactor redactor) {
        this.target = target;
        this.redactor = redactor;
    }

    public void write(Reject reject) {
        try {
            if (writer == null) {
                writer = NdjsonWriter.open(target);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("source", reject.source());
            if (reject.line() > 0) {
                doc.put("line", reject.line());
            }
            doc.put("index", reject.index());
            doc.put("reason", redactor.text(reject.reason()));
            doc.put("raw", redactor.text(reject.rawExcerpt()));
            writer.write(doc);
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long written() {
        return written;
    }

    public String target() {
        return target;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
