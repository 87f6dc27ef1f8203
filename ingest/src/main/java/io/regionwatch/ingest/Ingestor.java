package io.regionwatch.ingest;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.ingest.normalize.Normalizer;
import io.regionwatch.ingest.normalize.Outcome;
import io.regionwatch.ingest.read.JsonRecordReader;
import io.regionwatch.ingest.read.RecordHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * read → normalize for a list of paths: each input's format is detected by content, every record
 * normalized (or handed on as it is in raw mode) and reported exactly once to the listener.
 */
public final class Ingestor {
    private final IngestOptions options;
    private final JsonRecordReader reader;
    private final Normalizer normalizer;

    public Ingestor(IngestOptions options) {
        this.options = options;
        this.reader = new JsonRecordReader(options.limits(), !options.raw());
        this.normalizer = new Normalizer(options);
    }

    /**
     * Reads each path (file; directory walked recursively in sorted order; "-" = stdin). Never
     * throws for bad data.
     *
     * @throws IOException only when a path does not exist or cannot be opened at all
     */
    public ReadStats ingest(List<String> paths, IngestListener listener) throws IOException {
        return ingest(paths, listener, 1);
    }

    /**
     * As {@link #ingest(List, IngestListener)}, reading and normalizing files on {@code threads}
     * worker threads; the listener is still called on this thread, in the same order. Standard input
     * is always read on this thread.
     *
     * @throws IOException only when a path does not exist or cannot be opened at all
     */
    public ReadStats ingest(List<String> paths, IngestListener listener, int threads) throws IOException {
        for (String path : paths) {
            if (!path.equals("-") && !Files.isReadable(Path.of(path))) {
                throw new NoSuchFileException(path, null, "does not exist or is not readable");
            }
        }
        ReadStats stats = new ReadStats();
        for (String path : paths) {
            if (path.equals("-")) {
                readOne(System.in, "-", stats, listener);
            } else if (threads > 1) {
                new ParallelReading(() -> new Ingestor(options), threads).read(files(Path.of(path)), stats, listener);
            } else {
                for (Path file : files(Path.of(path))) {
                    readFile(file, stats, listener);
                }
            }
        }
        return stats;
    }

    /** Reads one stream (for tests and Kafka-like callers); the stream is not closed. */
    public ReadStats ingest(InputStream in, String source, IngestListener listener) {
        ReadStats stats = new ReadStats();
        readOne(in, source, stats, listener);
        return stats;
    }

    /** Everything under {@code root} but directories, links unfollowed, so a link loop or a special file is reported, not dropped. */
    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                out.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                out.add(file); // an unreadable directory: reading it rejects it with the cause
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }

    void readFile(Path file, ReadStats stats, IngestListener listener) {
        String source = file.toString();
        String skip = skipByPath(file.toAbsolutePath().toString().replace('\\', '/'));
        Dispatcher dispatcher = new Dispatcher(source, stats, listener);
        if (skip == null && Files.isSymbolicLink(file) && Files.isDirectory(file)) {
            skip = "symbolic link to a directory, not followed";
        }
        if (skip != null) {
            stats.countFile(0);
            dispatcher.onSkip(new Origin(source, 0, 0), skip);
            return;
        }
        if (!Files.isRegularFile(file)) {
            stats.countFile(0);
            dispatcher.onReject(new Origin(source, 0, 0), Files.isDirectory(file) ? "directory cannot be listed"
                    : "not a regular file (a broken or looping symbolic link, a device or a pipe)", "");
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            stats.countFile(reader.read(in, source, dispatcher));
        } catch (IOException e) {
            stats.countFile(0);
            dispatcher.onReject(new Origin(source, 0, 0), "cannot read file: " + e, "");
        }
    }

    private void readOne(InputStream in, String source, ReadStats stats, IngestListener listener) {
        stats.countFile(reader.read(in, source, new Dispatcher(source, stats, listener)));
    }

    /** CloudTrail's S3 layout names digest and insight files; they hold no API events. */
    static String skipByPath(String path) {
        if (path.contains("/CloudTrail-Digest/")) {
            return "CloudTrail digest file (by path)";
        }
        if (path.contains("/CloudTrail-Insight/")) {
            return "CloudTrail Insight file (by path)";
        }
        return null;
    }

    /** Counts each record as read, normalizes it and reports its fate. */
    private final class Dispatcher implements RecordHandler {
        private final String source;
        private final ReadStats stats;
        private final IngestListener listener;

        Dispatcher(String source, ReadStats stats, IngestListener listener) {
            this.source = source;
            this.stats = stats;
            this.listener = listener;
        }

        @Override
        public void onRecord(Object tree, Origin origin) {
            stats.countRead();
            if (options.raw()) {
                raw(tree, origin);
                return;
            }
            Outcome outcome = normalizer.normalize(tree);
            if (outcome instanceof Outcome.Normalized n) {
                stats.countEvent(n.dataset());
                listener.onEvent(new Event(n.document(), origin));
            } else if (outcome instanceof Outcome.PassedOver p) {
                stats.countPassedOver(p.dataset());
            } else if (outcome instanceof Outcome.Skipped s) {
                stats.countSkip();
                listener.onSkip(new Skip(source, origin.index(), s.reason()));
            } else if (outcome instanceof Outcome.Rejected r) {
                stats.countReject();
                listener.onReject(new Reject(source, origin.line(), origin.index(), r.reason(), Excerpts.of(tree)));
            }
        }

        @SuppressWarnings("unchecked")
        private void raw(Object tree, Origin origin) {
            if (tree instanceof Map<?, ?> map) {
                stats.countEvent("raw");
                listener.onEvent(new Event((Map<String, Object>) map, origin));
            } else {
                stats.countReject();
                listener.onReject(new Reject(source, origin.line(), origin.index(),
                        "raw record is not a JSON object", Excerpts.of(tree)));
            }
        }

        @Override
        public void onReject(Origin origin, String reason, String excerpt) {
            stats.countRead();
            stats.countReject();
            listener.onReject(new Reject(source, origin.line(), origin.index(), reason, excerpt));
        }

        @Override
        public void onSkip(Origin origin, String reason) {
            stats.countRead();
            stats.countSkip();
            listener.onSkip(new Skip(source, origin.index(), reason));
        }
    }
}
