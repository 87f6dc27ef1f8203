package io.regionwatch.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.ingest.reject.InvalidRecordException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2014-07-16T15:49:27Z|2014-07-16T15:49:27.000Z",
        "2007-01-09T09:41:00.6816663Z|2007-01-09T09:41:00.681Z",
        "2007-01-09T11:41:00+02:00|2007-01-09T09:41:00.000Z",
        "2007-01-09T09:41:00|2007-01-09T09:41:00.000Z",
        "1/9/2007 10:41:00 AM +01:00|2007-01-09T09:41:00.000Z",
        "01/09/2007 09:41:00 PM|2007-01-09T21:41:00.000Z",
        "1/9/2007 09:41:00|2007-01-09T09:41:00.000Z"})
    void normalizes(String in, String out) {
        assertThat(Timestamps.normalize("time", in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "20131102T010628Z", "2024-13-01T00:00:00Z"})
    void rejectsOtherForms(String in) {
        assertThatThrownBy(() -> Timestamps.normalize("time", in)).isInstanceOf(InvalidRecordException.class);
        assertThat(Timestamps.tryNormalize(in)).isNull();
    }

    @org.junit.jupiter.api.Test
    void thePositionalFormAnswersAsTheFormatterWould() {
        java.time.format.DateTimeFormatter reference = java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);
        java.util.Random random = new java.util.Random(1128);
        for (int i = 0; i < 20_000; i++) {
            // 1900..2200, with sub-millisecond digits to be truncated, and the edges of days and years
            long seconds = -2_208_988_800L + (long) (random.nextDouble() * 9_467_280_000L);
            if (i % 10 == 0) {
                seconds -= Math.floorMod(seconds, 86_400L) + (i % 20 == 0 ? 1 : 0);
            }
            java.time.Instant at = java.time.Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
            String expected = reference.format(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(Timestamps.format(at)).isEqualTo(expected);
            // and the parse of the canonical text agrees with the general ISO parser
            String text = at.toString();
            assertThat(Timestamps.parse("t", text)).isEqualTo(java.time.OffsetDateTime.parse(text).toInstant());
        }
        assertThat(Timestamps.format(java.time.Instant.parse("+12345-01-01T00:00:00Z"))).isEqualTo("+12345-01-01T00:00:00.000Z");
    }
}
