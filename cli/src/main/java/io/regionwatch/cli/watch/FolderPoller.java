package io.regionwatch.cli.watch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds new files and new bytes in the watched folders. Files get an arrival number when first
 * seen (by modification time, then path), and new data is handed out in that order; a growing
 * JSON-lines file gives one chunk of complete lines per poll, a whole object one chunk once its
 * size stayed the same for a poll.
 */
final class FolderPoller {
    static final int MAX_CHUNK = 8 << 20;

    /** Bytes [start, end) of a file, read now. */
    record Chunk(String path, long start, long end, byte[] data) {
    }

    private static final class Tracked {
        final String path;
        final long arrival;
        long offset;
        long lastSize = -1;
        FileFraming framing;

        Tracked(String path, long arrival, long offset) {
            this.path = path;
            this.arrival = arrival;
            this.offset = offset;
        }
    }

    private final List<Path> roots;
    private final Map<String, Tracked> files = new LinkedHashMap<>();
    private long nextArrival;

    FolderPoller(List<Path> roots, Map<String, WatchCheckpoints.FileState> known) {
        this.roots = List.copyOf(roots);
        for (WatchCheckpoints.FileState f : known.values()) {
            files.put(f.path(), new Tracked(f.path(), f.arrival(), f.offset()));
            nextArrival = Math.max(nextArrival, f.arrival() + 1);
        }
    }

    /** Marks every file present now as read to its end: watching starts from new data only. */
    List<WatchCheckpoints.FileState> skipExisting() throws IOException {
        discover();
        List<WatchCheckpoints.FileState> out = new ArrayList<>();
        for (Tracked t : files.values()) {
            t.offset = Files.size(Path.of(t.path));
            out.add(state(t));
        }
        return out;
    }

    /** New data, in arrival order: at most one chunk per file. */
    List<Chunk> poll() throws IOException {
        discover();
        List<Chunk> out = new ArrayList<>();
        for (Tracked t : files.values()) {
            try {
                Chunk c = next(t);
                if (c != null) {
                    out.add(c);
                }
            } catch (NoSuchFileException gone) {
                t.lastSize = -1;
            }
        }
        return out;
    }

    WatchCheckpoints.FileState advance(Chunk chunk) {
        Tracked t = files.get(chunk.path());
        t.offset = chunk.end();
        return state(t);
    }

    int fileCount() {
        return files.size();
    }

    /** Bytes present in the folders and not yet read. */
    long pendingBytes() {
        long pending = 0;
        for (Tracked t : files.values()) {
            pending += Math.max(0, t.lastSize - t.offset);
        }
        return pending;
    }

    private void discover() throws IOException {
        List<Path> fresh = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(p -> !files.containsKey(p.toString())).forEach(fresh::add);
            }
        }
        fresh.sort(Comparator.comparing(FolderPoller::modified).thenComparing(Path::toString));
        for (Path p : fresh) {
            files.put(p.toString(), new Tracked(p.toString(), nextArrival++, 0));
        }
    }

    private Chunk next(Tracked t) throws IOException {
        Path path = Path.of(t.path);
        long size = Files.size(path);
        boolean settled = size == t.lastSize;
        t.lastSize = size;
        if (size <= t.offset) {
            return null;
        }
        int length = (int) Math.min(size - t.offset, t.framing == FileFraming.WHOLE ? Integer.MAX_VALUE - 16 : MAX_CHUNK);
        byte[] data = read(path, t.offset, length);
        if (t.framing == null) {
            t.framing = FileFraming.sniff(data, data.length, settled);
            if (t.framing == null) {
                return null;
            }
        }
        if (t.framing == FileFraming.WHOLE) {
            return settled && t.offset == 0 ? new Chunk(t.path, 0, size, read(path, 0, (int) size)) : null;
        }
        int end = FileFraming.lastIndexOf(data, data.length, (byte) '\n') + 1;
        if (end == 0 && settled && t.offset + data.length == size) {
            end = data.length;
        }
        if (end == 0) {
            return null;
        }
        return new Chunk(t.path, t.offset, t.offset + end, end == data.length ? data : java.util.Arrays.copyOf(data, end));
    }

    static byte[] read(Path path, long start, int length) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            in.skipNBytes(start);
            return in.readNBytes(length);
        }
    }

    private static WatchCheckpoints.FileState state(Tracked t) {
        return new WatchCheckpoints.FileState(t.path, t.arrival, t.offset);
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
