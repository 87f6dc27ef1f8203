package io.regionwatch.eql.exec;

import io.regionwatch.core.engine.EventTime;
import io.regionwatch.core.match.Values;
import io.regionwatch.eql.TimestampUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads timestamps into epoch nanoseconds: ISO-8601 strings (with or without fraction and offset;
 * no offset means UTC) and numbers in the configured unit. Unreadable values give {@link #MISSING}.
 */
public final class Timestamps {
    /** Sorts first; such events can still match event queries. */
    public static final long MISSING = Long.MIN_VALUE;
    private static final long FILETIME_EPOCH_TICKS = 116_444_736_000_000_000L;

    private Timestamps() {
    }

    public static long toNanos(Object raw, TimestampUnit unit) {
        Object v = Values.normalize(raw);
        if (v instanceof Long n) {
            return fromNumber(n, unit);
        }
        if (v instanceof Double d) {
            return fromNumber(d.longValue(), unit);
        }
        if (v instanceof String s) {
            return fromString(s.trim(), unit);
        }
        return MISSING;
    }

    private static long fromNumber(long n, TimestampUnit unit) {
        return switch (unit == TimestampUnit.AUTO ? guess(n) : unit) {
            case AUTO -> n;
            case EPOCH_SECONDS -> n * 1_000_000_000L;
            case EPOCH_MILLIS -> n * 1_000_000L;
            case EPOCH_MICROS -> n * 1_000L;
            case EPOCH_NANOS -> n;
            case FILETIME -> (n - FILETIME_EPOCH_TICKS) * 100L;
        };
    }

    private static TimestampUnit guess(long n) {
        long magnitude = Math.abs(n);
        if (magnitude < 100_000_000_000L) {
            return TimestampUnit.EPOCH_SECONDS;
        } else if (magnitude < 100_000_000_000_000L) {
            return TimestampUnit.EPOCH_MILLIS;
        } else if (magnitude < 100_000_000_000_000_000L) {
            return TimestampUnit.EPOCH_MICROS;
        } else if (magnitude < 500_000_000_000_000_000L) {
            return TimestampUnit.FILETIME;
        }
        return TimestampUnit.EPOCH_NANOS;
    }

    private static long fromString(String s, TimestampUnit unit) {
        Number n = Values.parseNumber(s);
        if (n != null) {
            return fromNumber(n.longValue(), unit);
        }
        Instant canonical = EventTime.canonical(s); // the normalizers' shape, without a formatter run
        Instant instant = canonical != null ? canonical : parseInstant(s);
        if (instant == null && s.length() == 10) {
            instant = parseDate(s);
        }
        if (instant == null) {
            return MISSING;
        }
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static Instant parseDate(String s) {
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    private static Instant parseInstant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return null;
            }
        }
    }
}
