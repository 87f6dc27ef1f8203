package io.regionwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade over paths: S3 layout walked in sorted order, digests skipped by path, missing paths fail. */
class IngestorTest {
    @TempDir
    Path tmp;

    private Path write(String relative, byte[] content) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    @Test
    void walksAnS3LayoutRecursivelyInSortedOrder() throws IOException {
        byte[] s3 = Fixtures.bytes("aws/111122223333_CloudTrail_ap-southeast-3_20240501T1000Z_abc.json");
        String base = "AWSLogs/111122223333/";
        write(base + "CloudTrail/us-east-1/2024/05/02/b.json.gz", Fixtures.gzip(s3));
        write(base + "CloudTrail/us-east-1/2024/05/01/a.json", s3);
        write(base + "CloudTrail-Digest/us-east-1/2024/05/01/d.json.gz", Fixtures.gzip("{}".getBytes(StandardCharsets.UTF_8)));
        write(base + "CloudTrail-Insight/us-east-1/2024/05/01/i.json.gz", Fixtures.gzip("{}".getBytes(StandardCharsets.UTF_8)));
        Collector c = new Collector();
        ReadStats stats = new Ingestor(IngestOptions.defaults()).ingest(List.of(tmp.toString()), c).requireBalanced();
        assertThat(stats.files()).isEqualTo(4);
        assertThat(c.events).hasSize(4);
        assertThat(c.events.get(0).origin().source()).endsWith("01/a.json");
        assertThat(c.events.get(2).origin().source()).endsWith("02/b.json.gz");
        assertThat(c.skips).hasSize(2);
        assertThat(stats.perDataset()).containsEntry("aws.cloudtrail", 4L);
    }

    @Test
    void missingPathIsAnIoError() {
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        assertThatThrownBy(() -> ingestor.ingest(List.of(tmp.resolve("nope.json").toString()), new Collector()))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void badFilesDoNotStopTheWalk() throws IOException {
        write("1-bad.json.gz", new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
        write("2-text.txt", "hello".getBytes(StandardCharsets.UTF_8));
        write("3-good.ndjson", Fixtures.bytes("aws/records.ndjson"));
        Collector c = new Collector();
        ReadStats stats = new Ingestor(IngestOptions.defaults()).ingest(List.of(tmp.toString()), c).requireBalanced();
        assertThat(c.events).hasSize(2);
        assertThat(c.rejects).hasSize(2);
        assertThat(c.rejects.get(0).reason()).contains("gzip");
        assertThat(stats.read()).isEqualTo(4);
    }
}
