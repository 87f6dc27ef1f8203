package io.regionwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading on worker threads hands the listener exactly what a sequential read does, in the same order. */
class ParallelReadingTest {
    @TempDir
    Path dir;

    @Test
    void sameItemsSameOrderSameCounts() throws IOException {
        for (int f = 0; f < 40; f++) {
            StringBuilder b = new StringBuilder("{\"Records\":[");
            for (int r = 0; r < 300 + f; r++) {
                b.append(r == 0 ? "" : ",").append("{\"eventVersion\":\"1.08\",\"eventTime\":\"2026-11-02T08:00:0")
                        .append(r % 10).append("Z\",\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"E").append(f)
                        .append('_').append(r).append("\",\"awsRegion\":\"us-east-1\"}");
            }
            gzip(dir.resolve(String.format("f%02d.json.gz", f)), b.append("]}").toString());
        }
        Files.writeString(dir.resolve("f07-broken.json"), "{\"eventName\": \"x\"}\nnot json\n");
        List<String> one = new ArrayList<>();
        List<String> two = new ArrayList<>();
        ReadStats sequential = read(1, one);
        ReadStats parallel = read(3, two);
        assertThat(two).hasSize(one.size()).isEqualTo(one);
        assertThat(parallel.toString()).isEqualTo(sequential.toString());
        assertThat(parallel.balanced()).isTrue();
    }

    private ReadStats read(int threads, List<String> out) throws IOException {
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        return ingestor.ingest(List.of(dir.toString()), new IngestListener() {
            @Override
            public void onEvent(io.regionwatch.core.event.Event e) {
                out.add("event " + e.origin() + " " + e.get("event.action"));
            }

            @Override
            public void onReject(Reject r) {
                out.add("reject " + r);
            }

            @Override
            public void onSkip(Skip s) {
                out.add("skip " + s);
            }
        }, threads);
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
