package io.regionwatch.cli.output;

import io.regionwatch.core.event.Event;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A one-line progress bar on stderr for long scans: files, megabytes, records per second and ETA.
 * Progress is counted per finished file from the file sizes found up front, so the reader needs no
 * hook; the line is redrawn at most five times a second and erased at the end.
 */
public final class ScanProgress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final Map<String, Long> sizes = new HashMap<>();
    private final long totalBytes;
    private final long start = System.nanoTime();
    private String currentSource;
    private long filesDone;
    private long bytesDone;
    private long records;
    private long lastDraw;
    private boolean drawn;

    public ScanProgress(PrintWriter err, List<String> inputs) {
        this.err = err;
        long total = 0;
        for (String input : inputs) {
            if (!"-".equals(input)) {
                total += measure(Path.of(input));
            }
        }
        this.totalBytes = total;
    }

    private long measure(Path root) {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                long size = f.toFile().length();
                sizes.put(f.toString(), size);
                return size;
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts one event and redraws when it is time. */
    public void onEvent(Event event) {
        records++;
        String source = event.origin().source();
        if (!source.equals(currentSource)) {
            if (currentSource != null) {
                filesDone++;
                bytesDone += sizes.getOrDefault(currentSource, 0L);
            }
            currentSource = source;
        }
        long now = System.nanoTime();
        if (lastDraw != Long.MAX_VALUE && now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        double fraction = totalBytes == 0 ? 0 : Math.min(1.0, (double) bytesDone / totalBytes);
        int filled = (int) Math.round(fraction * 24);
        String eta = fraction <= 0 ? "--:--" : clock((long) (seconds / fraction - seconds));
        err.print(String.format(Locale.ROOT, "\r[%s%s] %3.0f%%  %,d/%,d files  %.1f/%.1f MB  %,d records/s  ETA %s\u001b[K",
                "#".repeat(filled), " ".repeat(24 - filled), fraction * 100, filesDone, sizes.size(), bytesDone / 1e6,
                totalBytes / 1e6, (long) (records / seconds), eta));
        err.flush();
        drawn = true;
    }

    /** Erases the bar so what follows starts on a clean line; drawing stops for good. */
    public void finish() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
        lastDraw = Long.MAX_VALUE;
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
