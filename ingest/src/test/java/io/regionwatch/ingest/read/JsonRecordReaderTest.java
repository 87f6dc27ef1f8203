package io.regionwatch.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Origin;
import io.regionwatch.ingest.Limits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Origins (line, index) and container handling of the reader itself, without normalization. */
class JsonRecordReaderTest {
    private final List<Origin> records = new ArrayList<>();
    private final List<Object> trees = new ArrayList<>();
    private final List<String> rejects = new ArrayList<>();

    private void read(String text, boolean expand) {
        RecordHandler handler = new RecordHandler() {
            @Override
            public void onRecord(Object tree, Origin origin) {
                records.add(origin);
                trees.add(tree);
            }

            @Override
            public void onReject(Origin origin, String reason, String excerpt) {
                rejects.add(origin.line() + ":" + origin.index() + ":" + reason);
            }

            @Override
            public void onSkip(Origin origin, String reason) {
                rejects.add("skip " + reason);
            }
        };
        new JsonRecordReader(Limits.defaults(), expand)
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in", handler);
    }

    @Test
    void prettyPrintedContainerGivesEachRecordItsLine() {
        read("{\n  \"Records\": [\n    {\"a\": 1},\n\n    {\n      \"a\": 2\n    }\n  ]\n}\n", true);
        assertThat(records).containsExactly(new Origin("in", 3, 0), new Origin("in", 5, 1));
        assertThat(rejects).isEmpty();
    }

    @Test
    void headerFieldsBeforeAndAfterTheContainerAreIgnored() {
        read("{\"NextToken\":\"x\",\"Events\":[{\"a\":1}],\"more\":{\"b\":[1,2]}}", true);
        assertThat(trees).containsExactly(Map.of("a", 1L));
    }

    @Test
    void objectWithoutContainerIsOneRecord() {
        read("{\"a\":{\"Records\":[1]},\"Records\":\"not an array\"}", true);
        assertThat(trees).hasSize(1);
    }

    @Test
    void withoutExpansionContainersStayWhole() {
        read("{\"Records\":[{\"a\":1},{\"a\":2}]}", false);
        assertThat(trees).hasSize(1);
    }

    @Test
    void ndjsonRecoveryKeepsLineNumbersAfterSeveralErrors() {
        read("{\"a\":1}\n{\"a\":\n{\"a\":3}\nnope\n{\"a\":5}\n", true);
        assertThat(records).extracting(Origin::line).containsExactly(1L, 3L, 5L);
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(0)).startsWith("2:1:malformed JSON line");
        assertThat(rejects.get(1)).startsWith("4:3:malformed JSON line");
    }

    @Test
    void crlfLinesCountOnce() {
        read("{\"a\":1}\r\n{bad\r\n{\"a\":3}\r\n", true);
        assertThat(records).extracting(Origin::line).containsExactly(1L, 3L);
        assertThat(rejects).singleElement().satisfies(r -> assertThat(r).startsWith("2:1:"));
    }

    @Test
    void longLinesAreServedInPiecesAndStillRecover() {
        String longLine = "{\"pad\":\"" + "x".repeat(100_000) + "\"}";
        read(longLine + "\n{oops\n" + longLine + "\n", true);
        assertThat(records).extracting(Origin::line).containsExactly(1L, 3L);
        assertThat(rejects).hasSize(1);
    }

    @Test
    void bigIntegersKeepTheirDigits() {
        read("{\"n\":123456789012345678901234567890,\"d\":1.5}", true);
        assertThat(trees).containsExactly(Map.of("n", "123456789012345678901234567890", "d", 1.5));
    }
}
