package io.regionwatch.ingest;

/**
 * A record (or the unreadable rest of an input) that could not become an event.
 *
 * @param source file path, or {@code -} for standard input
 * @param line 1-based line where the record starts, 0 when unknown
 * @param index 0-based index of the record within its source
 * @param reason what was wrong, precise enough to fix the input
 * @param rawExcerpt the start of the offending text or value, may be empty
 */
public record Reject(String source, long line, long index, String reason, String rawExcerpt) {
    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "#" + index) + ": " + reason;
    }
}
