package io.regionwatch.core.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record as the rules see it: an ECS document (nested {@code Map<String,Object>} whose leaves
 * are {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code List} or null) and its
 * {@link Origin}. Events are never mutated after they are built.
 */
public final class Event {
    /** The document, or null until an event held encoded is first asked for it whole. */
    private volatile Map<String, Object> document;
    /** The {@link DocumentEncoding} of an event held for time ordering, or null. */
    private final byte[] encoded;
    private final Origin origin;
    /** The time an {@code EventTime} already read from this event (the sort key of a held event), and which reader read it. */
    private final Object timeReader;
    private final Instant knownTime;

    public Event(Map<String, Object> document, Origin origin) {
        this.document = Objects.requireNonNull(document, "document");
        this.encoded = null;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.timeReader = null;
        this.knownTime = null;
    }

    private Event(byte[] encoded, Origin origin, Object timeReader, Instant knownTime) {
        this.encoded = encoded;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.timeReader = timeReader;
        this.knownTime = knownTime;
    }

    /**
     * An event from its {@link DocumentEncoding}: {@link #get} reads fields from the bytes, and the
     * document is built only when {@link #document} is asked for (an alert, a carry-over).
     */
    public static Event encoded(byte[] encoded, Origin origin) {
        return new Event(Objects.requireNonNull(encoded, "encoded"), origin, null, null);
    }

    /**
     * As {@link #encoded(byte[], Origin)}, with the time {@code timeReader} (an {@code EventTime})
     * read from it before it was encoded, so rules reading the same time do not parse it again.
     */
    public static Event encoded(byte[] encoded, Origin origin, Object timeReader, Instant knownTime) {
        return new Event(Objects.requireNonNull(encoded, "encoded"), origin, timeReader, knownTime);
    }

    /** The time {@code timeReader} read from this event before, or null when it did not (or found none). */
    public Instant knownTime(Object timeReader) {
        return timeReader == this.timeReader ? knownTime : null;
    }

    public Map<String, Object> document() {
        Map<String, Object> d = document;
        if (d == null) {
            d = DocumentEncoding.decode(encoded);
            document = d;
        }
        return Collections.unmodifiableMap(d);
    }

    /** The encoding this event was made from, or null for an event built from a document. */
    public byte[] encoding() {
        return encoded;
    }

    public Origin origin() {
        return origin;
    }

    /**
     * The value at {@code path}: null when absent (or only nulls / empty arrays are there), the
     * scalar or object when there is exactly one, else an unmodifiable {@code List} of every
     * non-null value. Arrays met on the way are flattened, so {@code a.b} over
     * {@code {"a":[{"b":1},{"b":[2,3]}]}} reads {@code [1,2,3]}, as Elasticsearch does. A key that
     * itself contains dots ({@code {"event.action": ...}}) is found as well as the nested form.
     */
    public Object get(FieldPath path) {
        Found found = new Found();
        Map<String, Object> d = document;
        if (d != null) {
            collect(d, path, 0, found);
        } else {
            EncodedLookup.collect(encoded, path, found::add);
        }
        return found.result();
    }

    /** Accumulates leaves without allocating a list for the common single-value case. */
    private static final class Found {
        private Object first;
        private List<Object> all;

        void add(Object value) {
            if (first == null) {
                first = value;
                return;
            }
            if (all == null) {
                all = new ArrayList<>(4);
                all.add(first);
            }
            all.add(value);
        }

        Object result() {
            return all != null ? Collections.unmodifiableList(all) : first;
        }
    }

    /** Convenience for {@link #get(FieldPath)} with a dotted name; hot paths keep a FieldPath. */
    public Object get(String dotted) {
        return get(FieldPath.of(dotted));
    }

    /** The value at {@code path} if it is a single string, else null. */
    public String getString(FieldPath path) {
        return get(path) instanceof String s ? s : null;
    }

    private static void collect(Object node, FieldPath path, int from, Found out) {
        if (from == path.size()) {
            addLeaf(node, out);
            return;
        }
        if (node instanceof Map<?, ?> map) {
            for (int to = from + 1; to <= path.size(); to++) {
                Object child = map.get(path.joined(from, to));
                if (child != null) {
                    collect(child, path, to, out);
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object element : list) {
                collect(element, path, from, out);
            }
        }
    }

    private static void addLeaf(Object node, Found out) {
        if (node instanceof List<?> list) {
            for (Object element : list) {
                addLeaf(element, out);
            }
        } else if (node != null) {
            out.add(node);
        }
    }

    @Override
    public String toString() {
        return "Event" + origin + document();
    }
}
