package io.regionwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad input never stops a scan: each problem is one reject with its place and a precise reason. */
class RejectsTest {
    private static final String GOOD = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-05-01T10:00:00Z\","
            + "\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\",\"awsRegion\":\"eu-west-3\"}";

    @Test
    void malformedNdjsonLineIsRejectedAndReadingGoesOn() {
        Collector c = Collector.ingest(GOOD + "\n{\"eventVersion\":\"1.08\",\"eventTime\"\n" + GOOD + "\n" + GOOD + "\n");
        assertThat(c.events).hasSize(3);
        assertThat(c.rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).startsWith("malformed JSON line");
            assertThat(r.rawExcerpt()).startsWith("{\"eventVersion\"");
        });
    }

    @Test
    void garbageLineBetweenRecordsIsOneReject() {
        Collector c = Collector.ingest(GOOD + "\nthis is not json\n" + GOOD + "\n");
        assertThat(c.events).hasSize(2);
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(2));
    }

    @Test
    void brokenSingleDocumentKeepsRecordsBeforeTheBreak() {
        String doc = "{\"Records\":[\n" + GOOD + ",\n" + GOOD + ",\n{\"eventVersion\": \"1.08\", \"eventTime\": 2024-05\n" + GOOD + "]}";
        Collector c = Collector.ingest(doc);
        assertThat(c.events).hasSize(2);
        assertThat(c.rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).contains("JSON breaks at line 4").contains("kept the 2 records");
        });
    }

    @Test
    void truncatedGzipKeepsRecordsReadAndRejectsTheRest() {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            records.append(GOOD.replace("RunInstances", "Run" + i)).append('\n');
        }
        byte[] gz = Fixtures.gzip(records.toString().getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        Collector c = Collector.ingest(cut, IngestOptions.defaults());
        assertThat(c.events.size()).isBetween(1, 1999);
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("truncated"));
    }

    @Test
    void nonJsonInputIsOneReject() {
        Collector c = Collector.ingest("title: a sigma rule\nlogsource:\n  product: aws\n");
        assertThat(c.events).isEmpty();
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("not JSON: line 1"));
    }

    @Test
    void jsJsonWithUnquotedKeysIsRejected() {
        Collector c = Collector.ingest("[\n{\n    awsRegion: \"us-east-1\",\n    eventName: \"CreateApiKey\"\n}\n]\n");
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("line 3"));
    }

    @Test
    void unknownShapeNamesTheKeys() {
        Collector c = Collector.ingest("{\"input\":{\"message\":\"x\"},\"expected\":{}}\n");
        assertThat(c.rejects).singleElement().satisfies(r ->
                assertThat(r.reason()).isEqualTo("unknown record shape (keys: input, expected)"));
    }

    @Test
    void wrongFieldTypeIsRejectedWithTheField() {
        Collector c = Collector.ingest(GOOD.replace("\"eu-west-3\"", "5") + "\n" + GOOD + "\n");
        assertThat(c.events).hasSize(1);
        assertThat(c.rejects).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("field awsRegion must be a string, got number 5");
            assertThat(r.line()).isEqualTo(1);
        });
    }

    @Test
    void missingRequiredFieldsAreRejected() {
        Collector c = Collector.ingest(GOOD.replace("\"eventName\":\"RunInstances\",", "") + "\n"
                + GOOD.replace("\"eventTime\":\"2024-05-01T10:00:00Z\",", "") + "\n"
                + GOOD.replace("2024-05-01T10:00:00Z", "yesterday") + "\n");
        assertThat(c.rejects).extracting(Reject::reason).containsExactly("CloudTrail record without eventName",
                "CloudTrail record without eventTime", "field eventTime is not a time: 'yesterday'");
    }

    @Test
    void digestAndInsightAreSkippedNotRejected() {
        String digest = "{\"awsAccountId\":\"1\",\"digestStartTime\":\"2020-09-11T18:36:49Z\","
                + "\"digestEndTime\":\"2020-09-11T19:36:49Z\",\"logFiles\":[]}";
        String insight = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2022-09-05T07:45:00Z\",\"awsRegion\":\"eu-west-3\","
                + "\"eventType\":\"AwsCloudTrailInsight\",\"insightDetails\":{\"state\":\"End\"}}";
        Collector c = Collector.ingest(digest + "\n" + insight + "\n");
        assertThat(c.rejects).isEmpty();
        assertThat(c.skips).hasSize(2);
        assertThat(c.stats.skipped()).isEqualTo(2);
    }

    @Test
    void topLevelScalarsAndNonObjectsAreRejected() {
        Collector c = Collector.ingest("42\n" + GOOD + "\n[1, \"x\"]\n");
        assertThat(c.events).hasSize(1);
        assertThat(c.rejects).hasSize(3);
    }

    @Test
    void emptyInputHasNoRecords() {
        Collector c = Collector.ingest("");
        assertThat(c.stats.read()).isZero();
        assertThat(Collector.ingest("\n\n  \n").stats.read()).isZero();
        assertThat(Collector.ingest("[]").stats.read()).isZero();
    }

    @Test
    void badEmbeddedMessageIsRejected() {
        Collector c = Collector.ingest("{\"id\":\"1\",\"timestamp\":1,\"message\":\"{not json\"}\n");
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("embedded record is not JSON"));
    }

    @Test
    void utf8BomIsTolerated() {
        Collector c = Collector.ingest("\uFEFF" + GOOD + "\n");
        assertThat(c.events).hasSize(1);
    }
}
