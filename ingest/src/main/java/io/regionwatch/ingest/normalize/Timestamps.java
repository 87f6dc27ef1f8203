package io.regionwatch.ingest.normalize;

import io.regionwatch.ingest.reject.InvalidRecordException;
import io.regionwatch.core.engine.EventTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Time parsing for the clouds' formats and the one output form: ISO-8601 UTC with milliseconds. */
public final class Timestamps {
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** US-style forms Azure writes in some exports (Elastic's time-formats test); no offset means UTC. */
    private static final DateTimeFormatter US_WITH_OFFSET = DateTimeFormatter.ofPattern("M/d/uuuu h:mm:ss a xxx", Locale.US);
    private static final List<DateTimeFormatter> US_FORMS = List.of(
            DateTimeFormatter.ofPattern("M/d/uuuu h:mm:ss a", Locale.US),
            DateTimeFormatter.ofPattern("M/d/uuuu H:mm:ss", Locale.US));

    private Timestamps() {
    }

    /** Formats as Elastic stores {@code @timestamp}: milliseconds, truncated, UTC. */
    public static String format(Instant instant) {
        // by position, as DateTimeFormatter would print it: every record formats two or three times
        long seconds = instant.getEpochSecond();
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        int year = day.getYear();
        if (year < 0 || year > 9999) {
            return OUT.format(instant.truncatedTo(ChronoUnit.MILLIS));
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        char[] out = new char[24];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, day.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, day.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        out[19] = '.';
        digits(out, 20, instant.getNano() / 1_000_000, 3);
        out[23] = 'Z';
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Parses ISO-8601 with or without offset (none = UTC) and the US forms; rejects anything else. */
    public static Instant parse(String field, String value) {
        Instant iso = iso(value);
        if (iso != null) {
            return iso;
        }
        try {
            return OffsetDateTime.parse(value, US_WITH_OFFSET).toInstant();
        } catch (DateTimeParseException e) {
            // not this form; try those without offset
        }
        for (DateTimeFormatter form : US_FORMS) {
            try {
                return LocalDateTime.parse(value, form).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new InvalidRecordException("field " + field + " is not a time: '" + value + "'");
    }

    private static Instant iso(String value) {
        // the UTC form every cloud writes, read by position; it answers exactly as the parsers below
        Instant canonical = EventTime.canonical(value);
        if (canonical != null) {
            return canonical;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Formats when {@code value} parses, else null (Elastic's date processors ignore failures there). */
    public static String tryNormalize(String value) {
        Instant iso = value == null ? null : iso(value);
        return iso == null ? null : format(iso);
    }

    /** Parses and formats in one step. */
    public static String normalize(String field, String value) {
        return format(parse(field, value));
    }
}
