package io.regionwatch.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The floor a scan is measured against: the same JVM reading every input file and, for gzip, inflating
 * it, with the same buffer sizes the reader uses, on {@code --threads} threads (default: all cores),
 * doing nothing with the bytes. Prints one line: {@code baseline files bytes_in bytes_out seconds}.
 */
public final class DecompressBaseline {
    private DecompressBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int threads = args.length > 2 && args[1].equals("--threads") ? Integer.parseInt(args[2])
                : Runtime.getRuntime().availableProcessors();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(DecompressBaseline::isLog).sorted().toList();
        }
        AtomicLong in = new AtomicLong();
        AtomicLong out = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            files.forEach(f -> done.add(pool.submit(() -> inflate(f, in, out))));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("baseline files=%d bytes_in=%d bytes_out=%d seconds=%.3f threads=%d%n", files.size(), in.get(),
                out.get(), seconds, threads);
    }

    static boolean isLog(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".gz") || name.endsWith(".json") && !name.equals("expected-alerts.txt") || name.endsWith(".ndjson");
    }

    private static void inflate(Path file, AtomicLong in, AtomicLong out) {
        byte[] buf = new byte[64 * 1024];
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream data = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 64 * 1024) : raw;
            long n = 0;
            for (int r = data.read(buf); r >= 0; r = data.read(buf)) {
                n += r;
            }
            in.addAndGet(Files.size(file));
            out.addAndGet(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
