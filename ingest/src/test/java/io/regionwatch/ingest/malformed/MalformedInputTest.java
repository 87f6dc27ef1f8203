package io.regionwatch.ingest.malformed;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.ingest.Collector;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus in {@code src/test/resources/malformed/}: each file gets the expected events and rejects
 * (reasons named), and read = evaluated + rejected + skipped holds ({@link Collector} checks it).
 */
class MalformedInputTest {
    static Stream<Arguments> corpus() {
        return Stream.of(
                // file, events kept, rejects, a phrase of the (first) reject reason
                Arguments.of("truncated.json.gz", 0, 1, "truncated input (gzip stream ends early)"),
                Arguments.of("gzip-trailer-missing.json.gz", 3, 1, "truncated input"),
                // invalid UTF-8 becomes U+FFFD, as in Elastic's JSON decoding; the record is still evaluated
                Arguments.of("invalid-utf8.ndjson", 2, 0, null),
                Arguments.of("bom-utf8.json", 3, 0, null),
                Arguments.of("bom-utf16le.json", 3, 0, null),
                // the first line decides the format: a broken first line rejects the input, loudly
                Arguments.of("nan.ndjson", 0, 1, "Non-standard token 'NaN'"),
                Arguments.of("nul-bytes.ndjson", 0, 1, "not JSON"),
                // 1e999 is Infinity, not a string; a 5000-digit number is over Jackson's number length bound
                Arguments.of("huge-numbers.ndjson", 3, 2, "must be a string, got number Infinity"),
                Arguments.of("duplicate-keys.ndjson", 1, 2, "duplicate key 'awsRegion'"),
                Arguments.of("duplicate-keys-in-records.json", 1, 1, "duplicate key 'awsRegion'"),
                Arguments.of("records-not-array.json", 0, 1, "unknown record shape (keys: Records)"),
                Arguments.of("types-swapped.json", 1, 1, "must be a string"),
                Arguments.of("empty.json", 0, 0, null),
                Arguments.of("only-whitespace.json", 0, 0, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileGetsTheRightRejects(String file, int events, int rejects, String reason) {
        Collector c = Collector.ingest(bytes(file), IngestOptions.defaults());
        assertThat(c.events).as(file).hasSize(events);
        assertThat(c.rejects).as(file).hasSize(rejects);
        if (reason != null) {
            assertThat(c.rejects.get(0).reason()).as(file).contains(reason);
        }
        for (Reject r : c.rejects) {
            assertThat(r.reason()).as(file).doesNotStartWith("internal normalization error");
        }
        assertThat(c.stats.balanced()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rawModeAccountsForEveryFileToo(String file, int events, int rejects, String reason) {
        Collector c = Collector.ingest(bytes(file), new IngestOptions(true, false, io.regionwatch.ingest.Limits.defaults()));
        assertThat(c.stats.read()).isEqualTo(c.stats.evaluated() + c.stats.rejected() + c.stats.skipped());
    }

    static byte[] bytes(String file) {
        try (InputStream in = MalformedInputTest.class.getResourceAsStream("/malformed/" + file)) {
            return List.of(in).get(0).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
