package io.regionwatch.ingest.normalize;

import io.regionwatch.ingest.reject.InvalidRecordException;
import java.time.Instant;
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
        return OUT.format(instant.truncatedTo(ChronoUnit.MILLIS));
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
