package io.regionwatch.core.event;

import java.util.Arrays;
import java.util.Objects;

/** A dotted field name such as {@code cloud.region}, split once so lookups never re-split it. */
public final class FieldPath {
    private final String dotted;
    private final String[] segments;

    private FieldPath(String dotted, String[] segments) {
        this.dotted = dotted;
        this.segments = segments;
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
