package io.regionwatch.eql.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.eql.TimestampUnit;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final long NOV_2026_NANOS = 1_795_824_000_000_000_000L;

    @Test
    void readsIsoStringsWithAndWithoutFractionAndOffset() {
        assertThat(Timestamps.toNanos("2026-11-28T00:00:00Z", TimestampUnit.AUTO)).isEqualTo(NOV_2026_NANOS);
        assertThat(Timestamps.toNanos("2026-11-28T00:00:00", TimestampUnit.AUTO)).isEqualTo(NOV_2026_NANOS);
        assertThat(Timestamps.toNanos("2026-11-28T01:00:00.5+01:00", TimestampUnit.AUTO))
                .isEqualTo(NOV_2026_NANOS + 500_000_000L);
        assertThat(Timestamps.toNanos("2026-11-28", TimestampUnit.AUTO)).isEqualTo(NOV_2026_NANOS);
        assertThat(Timestamps.toNanos("yesterday", TimestampUnit.AUTO)).isEqualTo(Timestamps.MISSING);
    }

    @Test
    void guessesNumericUnitsByMagnitudeSoEveryFormAgrees() {
        assertThat(Timestamps.toNanos(1_795_824_000L, TimestampUnit.AUTO)).isEqualTo(NOV_2026_NANOS);
        assertThat(Timestamps.toNanos(1_795_824_000_000L, TimestampUnit.AUTO)).isEqualTo(NOV_2026_NANOS);
        assertThat(Timestamps.toNanos(1_795_824_000_000_000L, TimestampUnit.AUTO)).isEqualTo(NOV_2026_NANOS);
        assertThat(Timestamps.toNanos(NOV_2026_NANOS, TimestampUnit.AUTO)).isEqualTo(NOV_2026_NANOS);
        long filetime = NOV_2026_NANOS / 100 + 116_444_736_000_000_000L;
        assertThat(Timestamps.toNanos(filetime, TimestampUnit.AUTO)).isEqualTo(NOV_2026_NANOS);
        assertThat(Timestamps.toNanos("1795824000000", TimestampUnit.EPOCH_MILLIS)).isEqualTo(NOV_2026_NANOS);
    }
}
