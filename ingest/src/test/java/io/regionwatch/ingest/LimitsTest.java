package io.regionwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each limit is enforced and named in the reject reason; reading goes on where it can. */
class LimitsTest {
    private static final String GOOD = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-05-01T10:00:00Z\","
            + "\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\",\"awsRegion\":\"eu-west-3\"}";

    private static IngestOptions with(Limits limits) {
        return new IngestOptions(false, false, limits);
    }

    @Test
    void nestingDepth() {
        String deep = "{\"eventVersion\":\"1.08\",\"x\":" + "[".repeat(20) + "]".repeat(20) + "}";
        Collector c = Collector.ingest(deep + "\n" + GOOD + "\n", with(Limits.defaults().withMaxDepth(10)));
        assertThat(c.events).hasSize(1);
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("maxDepth"));
    }

    @Test
    void nestingBombIsStopped() {
        String bomb = "[".repeat(100_000);
        Collector c = Collector.ingest(GOOD + "\n" + bomb, IngestOptions.defaults());
        assertThat(c.events).hasSize(1);
        assertThat(c.rejects).hasSize(1);
    }

    @Test
    void stringLength() {
        String longString = GOOD.replace("eu-west-3", "x".repeat(5000));
        Collector c = Collector.ingest(GOOD + "\n" + longString + "\n" + GOOD + "\n",
                with(Limits.defaults().withMaxStringLength(1000)));
        assertThat(c.events).hasSize(2);
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("maxStringLength"));
    }

    @Test
    void stringLengthInsideAContainerRejectsOnlyThatRecord() {
        String longString = GOOD.replace("eu-west-3", "x".repeat(5000));
        String doc = "{\"Records\":[" + GOOD + "," + longString + "," + GOOD + "]}";
        Collector c = Collector.ingest(doc, with(Limits.defaults().withMaxStringLength(1000)));
        assertThat(c.events).hasSize(2);
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("maxStringLength"));
    }

    @Test
    void stringBeyondTheRecordSizeStopsTheDocument() {
        String huge = GOOD.replace("eu-west-3", "x".repeat(20_000));
        String doc = "{\"Records\":[" + GOOD + "," + huge + "," + GOOD + "]}";
        Collector c = Collector.ingest(doc, with(Limits.defaults().withMaxStringLength(1000).withMaxRecordChars(8192)));
        assertThat(c.events).hasSize(1);
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("String value length"));
    }

    @Test
    void oneStringCanTakeARecordOverItsSize() {
        // few tokens, so only the record's end can see it: 3,000 and 5,000 chars against a 2,000-char record budget
        for (int length : new int[] {3000, 5000}) {
            String big = GOOD.replace("eu-west-3", "x".repeat(length));
            Collector lines = Collector.ingest(GOOD + "\n" + big + "\n" + GOOD + "\n", with(Limits.defaults().withMaxRecordChars(2000)));
            assertThat(lines.events).hasSize(2);
            assertThat(lines.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("maxRecordChars"));
            String doc = "{\"Records\":[" + GOOD + "," + big + "," + GOOD + "]}";
            Collector records = Collector.ingest(doc, with(Limits.defaults().withMaxRecordChars(2000)));
            assertThat(records.events).hasSize(2);
            assertThat(records.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("maxRecordChars"));
        }
    }

    @Test
    void recordSizeInAContainer() {
        String big = GOOD.replace("}", ",\"pad\":[" + "\"abcdefghij\",".repeat(2000) + "\"z\"]}");
        String doc = "{\"Records\":[" + GOOD + "," + big + "," + GOOD + "]}";
        Collector c = Collector.ingest(doc, with(Limits.defaults().withMaxRecordChars(4096)));
        assertThat(c.events).hasSize(2);
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("maxRecordChars"));
    }

    @Test
    void headerAfterAContainerKeepsItsOwnBudget() {
        String deepHeader = "[".repeat(30) + "]".repeat(30);
        String doc = "{\"Records\":[" + GOOD + "," + GOOD + "],\"extra\":" + deepHeader + "}\n" + GOOD + "\n";
        Collector c = Collector.ingest(doc, with(Limits.defaults().withMaxDepth(10)));
        assertThat(c.events).hasSize(3);
        assertThat(c.rejects).isEmpty();
    }

    @Test
    void recordsPerFile() {
        String many = (GOOD + "\n").repeat(10);
        Collector c = Collector.ingest(many, with(Limits.defaults().withMaxRecordsPerFile(4)));
        assertThat(c.events).hasSize(4);
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("maxRecordsPerFile"));
    }

    @Test
    void gzipBombByRatio() {
        byte[] spaces = new byte[8 * 1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = Fixtures.gzip(concat(("{\"Records\":[" + GOOD + ",").getBytes(StandardCharsets.UTF_8), spaces));
        Collector c = Collector.ingest(bomb, with(Limits.defaults().withMaxCompressionRatio(100)));
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("maxCompressionRatio"));
        assertThat(c.stats.balanced()).isTrue();
    }

    @Test
    void gzipDecompressedBytes() {
        byte[] gz = Fixtures.gzip((GOOD + "\n").repeat(2000).getBytes(StandardCharsets.UTF_8));
        Collector c = Collector.ingest(gz, with(Limits.defaults().withMaxDecompressedBytes(64 * 1024)));
        assertThat(c.events).isNotEmpty();
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("maxDecompressedBytes"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
