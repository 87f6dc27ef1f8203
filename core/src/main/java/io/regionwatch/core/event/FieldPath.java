package io.regionwatch.core.event;

import java.util.Arrays;
import java.util.Objects;

/** A dotted field name such as {@code cloud.region}, split once so lookups never re-split it. */
public final class FieldPath {
    private final String dotted;
    private final String[] segments;
    /** joined[from][to - from - 1] = segments from..to-1 joined by dots: Event.get's keys, built once, hashes cached. */
    private final String[][] joined;

    private FieldPath(String dotted, String[] segments) {
        this.dotted = dotted;
        this.segments = segments;
        this.joined = new String[segments.length][];
        for (int from = 0; from < segments.length; from++) {
            joined[from] = new String[segments.length - from];
            String key = segments[from];
            for (int to = from + 1; to <= segments.length; to++) {
                key = to == from + 1 ? key : key + "." + segments[to - 1];
                joined[from][to - from - 1] = key;
            }
        }
    }

    /** Splits on dots; an empty name or an empty segment is a programming error. */
    public static FieldPath of(String dotted) {
        Objects.requireNonNull(dotted, "dotted");
        String[] parts = dotted.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("empty segment in field name '" + dotted + "'");
            }
        }
        return new FieldPath(dotted, parts);
    }

    /** A path of one segment that may itself contain dots (an EQL backtick name, a raw key). */
    public static FieldPath literal(String name) {
        return new FieldPath(name, new String[] {name});
    }

    public String dotted() {
        return dotted;
    }

    public int size() {
        return segments.length;
    }

    public String segment(int index) {
        return segments[index];
    }

    /** Segments {@code from} (inclusive) to {@code to} (exclusive) joined by dots, as one key. */
    public String key(int from, int to) {
        return joined[from][to - from - 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldPath that && Arrays.equals(segments, that.segments);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(segments);
    }

    @Override
    public String toString() {
        return dotted;
    }
}
