package io.regionwatch.sigma.compile;

import io.regionwatch.core.match.ValueTest;
import io.regionwatch.sigma.modifier.SigmaValue.DatePart;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;

/**
 * A date-part modifier: reads the value as an ISO-8601 timestamp (or epoch milliseconds), takes
 * the part in UTC (the spec does no time-zone handling; UTC is what ECS stores), and tests it.
 * Weeks are ISO weeks. A value that is not a date never matches.
 */
record DatePartTest(DatePart part, ValueTest inner) implements ValueTest {
    @Override
    public boolean test(Object value) {
        OffsetDateTime time = parse(value);
        if (time == null) {
            return false;
        }
        long extracted = switch (part) {
            case MINUTE -> time.getMinute();
            case HOUR -> time.getHour();
            case DAY -> time.getDayOfMonth();
            case WEEK -> time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH -> time.getMonthValue();
            case YEAR -> time.getYear();
        };
        return inner.test(extracted);
    }

    static OffsetDateTime parse(Object value) {
        if (value instanceof Long millis) {
            return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
        }
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
