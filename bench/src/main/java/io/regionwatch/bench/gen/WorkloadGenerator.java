package io.regionwatch.bench.gen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a workload of about {@code --mb} megabytes of JSON: CloudTrail S3 objects (gzipped, or NDJSON
 * with {@code --format ndjson}) over two days, Azure exports (gzip mode only), the planted attacks,
 * under {@code DIR/logs}, and {@code DIR/expected-alerts.txt}. Usage: {@code WorkloadGenerator --out DIR --mb 500 [--format gz|ndjson] [--seed N]}.
 */
public final class WorkloadGenerator {
    static final Instant START = Instant.parse("2026-11-02T00:00:00Z");
    private static final int SPAN_SECONDS = 2 * 24 * 3600;
    private static final int BYTES_PER_RECORD = 1250;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    private final Path out;
    private final boolean gzip;
    private final long seed;
    private final AtomicLong rawBytes = new AtomicLong();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong files = new AtomicLong();

    WorkloadGenerator(Path out, boolean gzip, long seed) {
        this.out = out;
        this.gzip = gzip;
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(arg(args, "--out", "bench/target/workload"));
        long mb = Long.parseLong(arg(args, "--mb", "200"));
        boolean gzip = !arg(args, "--format", "gz").equals("ndjson");
        WorkloadGenerator generator = new WorkloadGenerator(out, gzip, Long.parseLong(arg(args, "--seed", "1535")));
        long started = System.nanoTime();
        generator.generate(mb * 1_000_000L);
        System.err.printf("generated %s: %d files, %d records, %.1f MB of JSON in %.1f s%n", out, generator.files.get(),
                generator.records.get(), generator.rawBytes.get() / 1e6, (System.nanoTime() - started) / 1e9);
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    void generate(long targetBytes) throws IOException {
        Files.createDirectories(out);
        long azureBytes = gzip ? targetBytes / 20 : 0;
        long total = Math.max(12, (targetBytes - azureBytes) / BYTES_PER_RECORD);
        int fileCount = (int) Math.max(12, Math.min(60_000, total / 250)) / 12 * 12;
        Background background = new Background(Org.principals());
        IntStream.range(0, fileCount).parallel().forEach(i -> cloudTrailFile(background, i, fileCount, total));
        Planted planted = new Planted(START);
        for (int i = 0; i < planted.events().size(); i++) {
            Planted.Event e = planted.events().get(i);
            write(path(e.account(), e.region(), e.time(), "Planted" + i), wrap(e.json()));
            records.incrementAndGet();
        }
        List<String> expected = new ArrayList<>(planted.expected());
        if (gzip) {
            azure(azureBytes);
        } else {
            expected.removeIf(line -> line.endsWith(Azure.PLANTED_ANCESTOR));
        }
        Files.write(out.resolve("expected-alerts.txt"), expected);
        Files.writeString(out.resolve("workload.properties"), "format=" + (gzip ? "gz" : "ndjson") + "\nfiles=" + files
                + "\nrecords=" + records + "\njson_bytes=" + rawBytes + "\n");
    }

    private void cloudTrailFile(Background background, int i, int fileCount, long total) {
        String account = Org.ACCOUNTS.get(i % 3);
        String region = Org.REGIONS.get(i / 3 % 4);
        int slots = fileCount / 12;
        int slotSeconds = Math.max(1, SPAN_SECONDS / slots);
        Instant from = START.plusSeconds((long) (i / 12) * slotSeconds);
        int count = (int) (total / fileCount + (i < total % fileCount ? 1 : 0));
        StringBuilder b = new StringBuilder(count * BYTES_PER_RECORD + 64);
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        background.records(b, rnd, account, region, from, slotSeconds, count, gzip ? "," : "\n");
        String name = Long.toString(Math.abs(rnd.nextLong()) % 1_000_000_000_000L, 36) + "x" + i;
        write(path(account, region, from, name), wrap(b.toString()));
        records.addAndGet(count);
    }

    private String wrap(String body) {
        return gzip ? "{\"Records\":[" + body + "]}" : body + "\n";
    }

    private Path path(String account, String region, Instant time, String unique) {
        if (!gzip) {
            return out.resolve("logs/ndjson/" + account + "/" + region + "/" + STAMP.format(time) + "_" + unique + ".ndjson");
        }
        return out.resolve("logs/AWSLogs/" + account + "/CloudTrail/" + region + "/" + DAY.format(time) + "/" + account
                + "_CloudTrail_" + region + "_" + STAMP.format(time) + "_" + unique + ".json.gz");
    }

    private void azure(long bytes) throws IOException {
        Azure azure = new Azure(seed);
        int hours = SPAN_SECONDS / 3600;
        int perHour = (int) Math.max(1, bytes / 2600 / hours);
        IntStream.range(0, hours).parallel().forEach(h -> {
            Instant hour = START.plusSeconds(3600L * h);
            writePlain(out.resolve("logs/azure/log-analytics/AzureActivity_" + STAMP.format(hour) + ".json"),
                    azure.export(new SplittableRandom(seed + 7919L * h), hour, perHour));
            records.addAndGet(perHour);
        });
        writePlain(out.resolve("logs/azure/log-analytics/AzureActivity_planted.json"), azure.plantedExport());
    }

    private void write(Path file, String text) {
        if (gzip) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            rawBytes.addAndGet(bytes.length);
            try {
                Files.createDirectories(file.getParent());
                try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                    o.write(bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.incrementAndGet();
        } else {
            writePlain(file, text);
        }
    }

    private void writePlain(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        rawBytes.addAndGet(bytes.length);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.incrementAndGet();
    }
}
