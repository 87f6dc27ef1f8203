package io.regionwatch.core.engine;

import io.regionwatch.core.event.DocumentEncoding;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Puts the events of a batch in event-time order for the rules that need it, in bounded memory: an
 * external sort. Files of one scan are read in path order, not time order (a CloudTrail bucket is
 * sorted by account and region before date), so a first-seen term, a windowed count or a sequence
 * must not trust arrival order; and the events such rules may want can be most of a scan (a
 * threshold over every API call). Events are held encoded ({@link DocumentEncoding}, about their
 * JSON size instead of several times it as maps); past {@code memoryBytes} the held events are
 * sorted and written to a run file, and {@link #drain} merges the runs. Each event carries the
 * tags its caller gave it (which rules want it), so one buffer serves every order-sensitive rule.
 *
 * <p>The order is (time, source, index): events without a time first, equal times in reading
 * order, so the result does not depend on how the input was split over files or threads.
 */
public final class TimeOrderedBuffer implements AutoCloseable {
    /** Receives the events in order, with their tags. */
    public interface Sink {
        void accept(Event event, int[] tags);
    }

    /** Runs merged into one when this many are on disk, so a merge never opens more files than this. */
    static final int MAX_RUNS = 64;
    private static final int ENTRY_OVERHEAD = 96;
    private static final Comparator<Held> ORDER = Comparator.comparing((Held h) -> h.timed).thenComparingLong(h -> h.seconds)
            .thenComparingInt(h -> h.nanos).thenComparing(h -> h.origin.source()).thenComparingLong(h -> h.origin.index());

    private final EventTime time;
    private final long memoryBytes;
    private final Path spillDirectory;
    private final List<Held> held = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private Path runDirectory;
    private long heldBytes;
    private long spills;
    private long spilledEvents;

    /**
     * @param memoryBytes encoded bytes held before a run is written to disk
     * @param spillDirectory where run files go (a fresh directory inside it); null for the system's temporary directory
     */
    public TimeOrderedBuffer(EventTime time, long memoryBytes, Path spillDirectory) {
        if (memoryBytes <= 0) {
            throw new IllegalArgumentException("memory budget must be positive");
        }
        this.time = time;
        this.memoryBytes = memoryBytes;
        this.spillDirectory = spillDirectory;
    }

    /** One held event: its sort key read once, its document encoded. */
    private static final class Held {
        final boolean timed;
        final long seconds;
        final int nanos;
        final Origin origin;
        final byte[] document;
        final int[] tags;

        Held(boolean timed, long seconds, int nanos, Origin origin, byte[] document, int[] tags) {
            this.timed = timed;
            this.seconds = seconds;
            this.nanos = nanos;
            this.origin = origin;
            this.document = document;
            this.tags = tags;
        }

        /** Fields are read from the bytes; the document is built only if a rule's alert needs it; the time is not read again. */
        Event event(EventTime time) {
            return timed ? Event.encoded(document, origin, time, Instant.ofEpochSecond(seconds, nanos)) : Event.encoded(document, origin);
        }
    }

    /** Holds an event with its tags; may write a sorted run to disk when the memory budget is spent. */
    public void add(Event event, int[] tags) {
        add(event, null, tags);
    }

    /** As {@link #add(Event, int[])}, with the document already encoded ({@link DocumentEncoding}) or null. */
    public void add(Event event, byte[] encoded, int[] tags) {
        Instant at = time.of(event);
        byte[] document = encoded != null ? encoded
                : event.encoding() != null ? event.encoding() : DocumentEncoding.encode(event.document());
        held.add(new Held(at != null, at == null ? 0 : at.getEpochSecond(), at == null ? 0 : at.getNano(), event.origin(),
                document, tags.clone()));
        heldBytes += document.length + ENTRY_OVERHEAD + 4L * tags.length;
        if (heldBytes >= memoryBytes) {
            try {
                spill();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a sort run to " + runDirectory, e);
            }
        }
    }

    /** Hands every held event to {@code sink} in time order and empties the buffer. */
    public void drain(Sink sink) {
        held.sort(ORDER);
        try {
            if (runs.isEmpty()) {
                for (Held h : held) {
                    sink.accept(h.event(time), h.tags);
                }
            } else {
                merge(sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a sort run in " + runDirectory, e);
        } finally {
            held.clear();
            heldBytes = 0;
            deleteRuns();
        }
    }

    private void spill() throws IOException {
        held.sort(ORDER);
        if (runDirectory == null) {
            runDirectory = spillDirectory == null ? Files.createTempDirectory("regionwatch-sort")
                    : Files.createTempDirectory(Files.createDirectories(spillDirectory), "regionwatch-sort");
        }
        Path run = runDirectory.resolve("run-" + runs.size() + "-" + spills + ".bin");
        try (DataOutputStream out = output(run)) {
            for (Held h : held) {
                write(out, h);
            }
        }
        spills++;
        spilledEvents += held.size();
        runs.add(run);
        held.clear();
        heldBytes = 0;
        if (runs.size() >= MAX_RUNS) {
            consolidate();
        }
    }

    /**
     * Merges the newest half of the runs into one, so a merge never opens more than {@link #MAX_RUNS}
     * files. Older runs are already merged ones; leaving them alone keeps the rewriting logarithmic
     * (an event is rewritten about log32 of the runs times), where merging everything each time would
     * rewrite the whole spill again and again on a very large scan.
     */
    private void consolidate() throws IOException {
        List<Path> newest = new ArrayList<>(runs.subList(runs.size() - MAX_RUNS / 2, runs.size()));
        Path merged = runDirectory.resolve("run-merged-" + spills + ".bin");
        List<Cursor> cursors = new ArrayList<>();
        try (DataOutputStream out = output(merged)) {
            for (Path run : newest) {
                cursors.add(new FileCursor(run));
            }
            mergeCursors(cursors, h -> write(out, h));
        } finally {
            for (Cursor c : cursors) {
                c.close();
            }
        }
        for (Path run : newest) {
            Files.deleteIfExists(run);
        }
        runs.removeAll(newest);
        runs.add(merged);
    }

    private void merge(Sink sink) throws IOException {
        List<Cursor> cursors = new ArrayList<>();
        try {
            for (Path run : runs) {
                cursors.add(new FileCursor(run));
            }
            cursors.add(new MemoryCursor(held));
            mergeCursors(cursors, h -> sink.accept(h.event(time), h.tags));
        } finally {
            for (Cursor c : cursors) {
                c.close();
            }
        }
    }

    private interface HeldConsumer {
        void accept(Held held) throws IOException;
    }

    private static void mergeCursors(List<Cursor> cursors, HeldConsumer consumer) throws IOException {
        PriorityQueue<Cursor> queue = new PriorityQueue<>(Math.max(1, cursors.size()), Comparator.comparing(c -> c.head, ORDER));
        for (Cursor c : cursors) {
            if (c.advance()) {
                queue.add(c);
            }
        }
        while (!queue.isEmpty()) {
            Cursor c = queue.poll();
            consumer.accept(c.head);
            if (c.advance()) {
                queue.add(c);
            }
        }
    }

    private abstract static class Cursor implements AutoCloseable {
        Held head;

        abstract boolean advance() throws IOException;

        @Override
        public void close() throws IOException {
        }
    }

    private static final class MemoryCursor extends Cursor {
        private final List<Held> sorted;
        private int next;

        MemoryCursor(List<Held> sorted) {
            this.sorted = sorted;
        }

        @Override
        boolean advance() {
            head = next < sorted.size() ? sorted.get(next++) : null;
            return head != null;
        }
    }

    private static final class FileCursor extends Cursor {
        private final DataInputStream in;

        FileCursor(Path run) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
        }

        @Override
        boolean advance() throws IOException {
            head = read(in);
            return head != null;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static DataOutputStream output(Path run) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16));
    }

    private static void write(DataOutputStream out, Held h) throws IOException {
        out.writeBoolean(h.timed);
        out.writeLong(h.seconds);
        out.writeInt(h.nanos);
        out.writeUTF(h.origin.source());
        out.writeLong(h.origin.line());
        out.writeLong(h.origin.index());
        out.writeInt(h.tags.length);
        for (int t : h.tags) {
            out.writeInt(t);
        }
        out.writeInt(h.document.length);
        out.write(h.document);
    }

    private static Held read(DataInputStream in) throws IOException {
        boolean timed;
        try {
            timed = in.readBoolean();
        } catch (EOFException end) {
            return null;
        }
        long seconds = in.readLong();
        int nanos = in.readInt();
        Origin origin = new Origin(in.readUTF(), in.readLong(), in.readLong());
        int[] tags = new int[in.readInt()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = in.readInt();
        }
        byte[] document = new byte[in.readInt()];
        in.readFully(document);
        return new Held(timed, seconds, nanos, origin, document, tags);
    }

    private void deleteRuns() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                // a leftover run file in the temporary directory is harmless; the sort already succeeded or failed
            }
        }
        runs.clear();
    }

    @Override
    public void close() {
        held.clear();
        heldBytes = 0;
        deleteRuns();
        if (runDirectory != null) {
            try {
                Files.deleteIfExists(runDirectory);
            } catch (IOException e) {
                // as above
            }
            runDirectory = null;
        }
    }

    /** Sorted runs on disk now, at most {@link #MAX_RUNS}. */
    int runsOnDisk() {
        return runs.size();
    }

    /** Events held in memory now. */
    public int held() {
        return held.size();
    }

    /** Sorted runs written to disk so far, over the buffer's life. */
    public long spills() {
        return spills;
    }

    /** Events written to disk in runs so far. */
    public long spilledEvents() {
        return spilledEvents;
    }
}
