package io.regionwatch.core.event;

/**
 * Where a record came from: a file (or {@code -} for standard input, or a Kafka topic-partition),
 * the 1-based line it starts on when the format has lines (0 when it does not), and its 0-based
 * index among the records of that source.
 */
public record Origin(String source, long line, long index) {
    public static final Origin UNKNOWN = new Origin("?", 0, 0);

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line : source + "#" + index;
    }
}
