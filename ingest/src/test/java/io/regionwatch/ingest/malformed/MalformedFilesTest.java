package io.regionwatch.ingest.malformed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.regionwatch.core.event.Event;
import io.regionwatch.ingest.Collector;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.ReadStats;
import io.regionwatch.ingest.Reject;
import io.regionwatch.ingest.Skip;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files and trees: each is a reject or a skip with its reason, the walk goes on, the counts add up. */
class MalformedFilesTest {
    private static final String GOOD = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-05-01T10:00:00Z\","
            + "\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\",\"awsRegion\":\"sa-east-1\"}\n";

    @TempDir
    Path dir;

    private Collector scan(Path root) throws IOException {
        Collector c = new Collector();
        c.stats = new Ingestor(IngestOptions.defaults()).ingest(List.of(root.toString()), c).requireBalanced();
        return c;
    }

    @Test
    void symlinkLoopsAndBrokenLinksAreRejectedAndTheWalkGoesOn() throws IOException {
        Files.writeString(dir.resolve("a.json"), GOOD);
        Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
        Files.createSymbolicLink(dir.resolve("broken"), dir.resolve("nowhere"));
        Files.createSymbolicLink(dir.resolve("up"), dir);
        Collector c = scan(dir);
        assertThat(c.events).hasSize(1);
        assertThat(c.rejects).extracting(r -> r.source().replace(dir.toString(), ""))
                .containsExactlyInAnyOrder("/broken", "/loop");
        assertThat(c.rejects).allSatisfy(r -> assertThat(r.reason()).contains("not a regular file"));
        assertThat(c.skips).singleElement().satisfies(s -> assertThat(s.reason()).contains("link to a directory"));
    }

    @Test
    void unreadableFileIsRejectedAndTheWalkGoesOn() throws IOException {
        Path secret = Files.writeString(dir.resolve("b.json"), GOOD);
        Files.writeString(dir.resolve("c.json"), GOOD);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        // as root (CI containers) chmod 000 does not stop reads; the test cannot make the file unreadable
        assumeFalse(Files.isReadable(secret), "running as root: chmod 000 does not block reads, skipped");
        Collector c = scan(dir);
        assertThat(c.events).hasSize(1);
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("cannot read file"));
    }

    /**
     * A read error that root cannot bypass: {@code /proc/self/mem} opens, but reading it at offset 0
     * (an unmapped page) fails with EIO for every user. Reached through a link inside the walked tree,
     * as a file on a failing disk or a vanished network mount would be.
     */
    @Test
    void fileFailingWithAnIoErrorIsRejectedWithTheOsErrorAndTheWalkGoesOnEvenAsRoot() throws IOException {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem), "no /proc/self/mem on this system, skipped");
        Files.writeString(dir.resolve("a.json"), GOOD);
        Files.createSymbolicLink(dir.resolve("b.json"), mem);
        Files.writeString(dir.resolve("c.json"), GOOD);
        Collector c = scan(dir);
        assertThat(c.events).hasSize(2);
        assertThat(c.rejects).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(dir.resolve("b.json").toString());
            assertThat(r.reason()).contains("unreadable input").contains("Input/output error");
        });
        assertThat(c.stats.read()).isEqualTo(3);
        assertThat(c.stats.rejected()).isEqualTo(1);
    }

    @Test
    void aFailingFileNamedDirectlyIsRejectedLikeOneInATree() throws IOException {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem), "no /proc/self/mem on this system, skipped");
        Path good = Files.writeString(dir.resolve("a.json"), GOOD);
        Collector c = new Collector();
        c.stats = new Ingestor(IngestOptions.defaults()).ingest(List.of(mem.toString(), good.toString()), c).requireBalanced();
        assertThat(c.events).hasSize(1);
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.source()).isEqualTo(mem.toString()));
    }

    @Test
    void emptyFilesInATreeAreCountedAndHaveNoRecords() throws IOException {
        Files.writeString(dir.resolve("empty.json"), "");
        Files.writeString(dir.resolve("good.json"), GOOD);
        Collector c = scan(dir);
        assertThat(c.stats.files()).isEqualTo(2);
        assertThat(c.events).hasSize(1);
        assertThat(c.rejects).isEmpty();
    }

    @Test
    void hundredMegabyteSingleLineIsOneRejectAndTheNextLineIsRead() {
        long pad = 100L * 1024 * 1024;
        byte[] head = (GOOD + "{\"eventVersion\":\"1.08\",\"x\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\"}\n" + GOOD).getBytes(StandardCharsets.UTF_8);
        Collector c = new Collector();
        ReadStats stats = new Ingestor(IngestOptions.defaults()).ingest(new Generated(head, pad, tail), "100mb", c);
        stats.requireBalanced();
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("String value length"));
        assertThat(c.events).hasSize(2);
    }

    @Test
    void hundredMegabyteFirstLineRejectsTheInputLoudly() {
        byte[] head = "{\"eventVersion\":\"1.08\",\"x\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\"}\n" + GOOD).getBytes(StandardCharsets.UTF_8);
        Collector c = new Collector();
        new Ingestor(IngestOptions.defaults()).ingest(new Generated(head, 100L * 1024 * 1024, tail), "100mb", c)
                .requireBalanced();
        // with no complete line before it, the input is not known to be NDJSON: one reject says the rest is lost
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("rest of input rejected"));
    }

    @Test
    void gzipBombIsRejectedNotExpanded() throws IOException {
        Path bomb = dir.resolve("bomb.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            out.write(GOOD.getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) ' ');
            for (int i = 0; i < 1024; i++) {
                out.write(zeros); // 1 GiB of blanks compresses to about 1 MB
            }
        }
        long start = System.nanoTime();
        Collector c = scan(bomb);
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("maxCompressionRatio"));
        assertThat(c.events).hasSize(1);
        assertThat(System.nanoTime() - start).as("stopped early, not inflated").isLessThan(20_000_000_000L);
    }

    @Test
    void openFilesStayBoundedOverManyInputs() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "no /proc/self/fd on this system, skipped");
        for (int i = 0; i < 2000; i++) {
            Files.writeString(dir.resolve("f" + i + ".json"), GOOD);
        }
        long before = count(fds);
        long[] most = {before};
        long[] events = {0};
        IngestListener sampling = new IngestListener() {
            @Override
            public void onEvent(Event e) {
                events[0]++;
                most[0] = Math.max(most[0], count(fds));
            }

            @Override
            public void onReject(Reject r) {
            }

            @Override
            public void onSkip(Skip s) {
            }
        };
        new Ingestor(IngestOptions.defaults()).ingest(List.of(dir.toString()), sampling).requireBalanced();
        assertThat(events[0]).isEqualTo(2000);
        assertThat(most[0] - before).as("descriptors open at once while reading").isLessThanOrEqualTo(4);
    }

    private static long count(Path fds) {
        try (var s = Files.list(fds)) {
            return s.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** head, then {@code n} 'a' bytes, then tail, without holding them in memory. */
    private static final class Generated extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final long total;
        private long pos;

        Generated(byte[] head, long n, byte[] tail) {
            this.head = head;
            this.tail = tail;
            this.total = head.length + n + tail.length;
        }

        @Override
        public int read() {
            if (pos >= total) {
                return -1;
            }
            long i = pos++;
            return i < head.length ? head[(int) i] : i >= total - tail.length ? tail[(int) (i - (total - tail.length))] : 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - pos);
            for (int k = 0; k < n; k++) {
                b[off + k] = (byte) read();
            }
            return n;
        }
    }
}
