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
}
