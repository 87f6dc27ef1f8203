package io.regionwatch.ingest;

/**
 * Bounds on untrusted input; each one hit becomes a reject whose reason names the limit.
 *
 * @param maxDepth deepest nesting of objects and arrays inside one record
 * @param maxStringLength longest string value or field name, in chars
 * @param maxRecordChars largest single record (or NDJSON line), in chars
 * @param maxRecordsPerFile records read from one file before the rest is rejected
 * @param maxDecompressedBytes bytes a gzip input may expand to
 * @param maxCompressionRatio decompressed / compressed bytes a gzip input may reach
 */
public record Limits(int maxDepth, int maxStringLength, int maxRecordChars, long maxRecordsPerFile,
        long maxDecompressedBytes, int maxCompressionRatio) {

    public Limits {
        if (maxDepth < 2 || maxStringLength < 16 || maxRecordChars < 64 || maxRecordsPerFile < 1
                || maxDecompressedBytes < 1 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("limits too small: " + this);
        }
    }

    /** Generous for real CloudTrail files (up to ~100 MB per object) yet bounded. */
    public static Limits defaults() {
        return new Limits(64, 8 * 1024 * 1024, 32 * 1024 * 1024, 10_000_000L,
                8L * 1024 * 1024 * 1024, 500);
    }

    public Limits withMaxDepth(int v) {
        return new Limits(v, maxStringLength, maxRecordChars, maxRecordsPerFile, maxDecompressedBytes,
                maxCompressionRatio);
    }

    public Limits withMaxStringLength(int v) {
        return new Limits(maxDepth, v, maxRecordChars, maxRecordsPerFile, maxDecompressedBytes,
                maxCompressionRatio);
    }

    public Limits withMaxRecordChars(int v) {
        return new Limits(maxDepth, maxStringLength, v, maxRecordsPerFile, maxDecompressedBytes,
                maxCompressionRatio);
    }

    public Limits withMaxRecordsPerFile(long v) {
        return new Limits(maxDepth, maxStringLength, maxRecordChars, v, maxDecompressedBytes,
                maxCompressionRatio);
    }

    public Limits withMaxDecompressedBytes(long v) {
        return new Limits(maxDepth, maxStringLength, maxRecordChars, maxRecordsPerFile, v,
                maxCompressionRatio);
    }

    public Limits withMaxCompressionRatio(int v) {
        return new Limits(maxDepth, maxStringLength, maxRecordChars, maxRecordsPerFile, maxDecompressedBytes,
                v);
    }
}
