package io.regionwatch.ingest;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest run saw. {@code read} is counted where records leave the readers; evaluated,
 * rejected and skipped where their fate is decided, so {@link #balanced()} is a real check that no
 * record was lost or counted twice.
 */
public final class ReadStats {
    private long files;
    private long bytes;
    private long read;
    private long evaluated;
    private long rejected;
    private long skipped;
    private long passedOver;
    private final Map<String, Long> perDataset = new TreeMap<>();

    public long files() {
        return files;
    }

    /** Bytes read from the inputs as stored (compressed bytes for gzip files). */
    public long bytes() {
        return bytes;
    }

    public long read() {
        return read;
    }

    public long evaluated() {
        return evaluated;
    }

    public long rejected() {
        return rejected;
    }

    public long skipped() {
        return skipped;
    }

    /**
     * Of the evaluated records, those the prefilter passed over: valid, but with an action no rule
     * can look at, so checked and not mapped ({@link IngestOptions#interest}).
     */
    public long passedOver() {
        return passedOver;
    }

    /** Evaluated records per {@code event.dataset} ("raw" in raw mode), passed-over ones included. */
    public Map<String, Long> perDataset() {
        return Collections.unmodifiableMap(perDataset);
    }

    /** True when read == evaluated + rejected + skipped. */
    public boolean balanced() {
        return read == evaluated + rejected + skipped;
    }

    /** Throws when the accounting does not add up, which would be a bug in the ingest code. */
    public ReadStats requireBalanced() {
        if (!balanced()) {
            throw new IllegalStateException("ingest accounting broken: " + this);
        }
        return this;
    }

    /** Adds another run's counts (one file read on a worker thread) to these. */
    void add(ReadStats other) {
        files += other.files;
        bytes += other.bytes;
        read += other.read;
        evaluated += other.evaluated;
        rejected += other.rejected;
        skipped += other.skipped;
        passedOver += other.passedOver;
        other.perDataset.forEach((dataset, n) -> perDataset.merge(dataset, n, Long::sum));
    }

    void countFile(long fileBytes) {
        files++;
        bytes += fileBytes;
    }

    void countRead() {
        read++;
    }

    void countEvent(String dataset) {
        evaluated++;
        perDataset.merge(dataset, 1L, Long::sum);
    }

    void countPassedOver(String dataset) {
        countEvent(dataset);
        passedOver++;
    }

    void countReject() {
        rejected++;
    }

    void countSkip() {
        skipped++;
    }

    @Override
    public String toString() {
        return "files=" + files + " bytes=" + bytes + " read=" + read + " evaluated=" + evaluated
                + " rejected=" + rejected + " skipped=" + skipped + " passedOver=" + passedOver + " datasets=" + perDataset;
    }
}
