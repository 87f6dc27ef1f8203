package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * Reads an event's time from its timestamp field (ISO-8601 text or epoch milliseconds), falling
 * back to {@code @timestamp} when an override field such as {@code event.ingested} is absent, as
 * Kibana does for {@code timestamp_override}.
 */
public final class EventTime {
    private static final FieldPath STANDARD = FieldPath.of("@timestamp");
    private final FieldPath field;

    public EventTime(String field) {
        this.field = FieldPath.of(field);
    }

    /** The timestamp field read (its dotted name). */
    public String field() {
        return field.dotted();
    }

    public static EventTime standard() {
        return new EventTime("@timestamp");
    }

    /** The event's time, or null when the field is missing or not a time. */
    public Instant of(Event event) {
        Instant known = event.knownTime(this);
        if (known != null) {
            return known;
        }
        Object value = event.get(field);
        if (value == null && !field.equals(STANDARD)) {
            value = event.get(STANDARD);
        }
        if (value instanceof List<?> list) {
            value = list.get(0);
        }
        if (value instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        if (value instanceof String s) {
            Instant fast = canonical(s);
            if (fast != null) {
                return fast;
            }
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(s).toInstant();
                } catch (DateTimeParseException again) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The instant of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, the shape every normalizer writes, read by
     * position (Instant.parse costs a formatter run per call, and stateful rules ask many times per
     * event); null for anything else, which then takes the general parse. Where it answers, the answer
     * is Instant.parse's (and OffsetDateTime.parse's), so other timestamp readers may use it first.
     */
    public static Instant canonical(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || n == 21 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':' || n > 20 && s.charAt(19) != '.') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int fraction = n > 20 ? digits(s, 20, n - 1) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || fraction < 0) {
            return null;
        }
        long nanos = fraction;
        for (int i = n - 1 - 20; n > 20 && i < 9; i++) {
            nanos *= 10;
        }
        long days = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 when any is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Orders events by time, then by where they were read, so equal times keep a stable order. */
    public Comparator<Event> order() {
        return Comparator.comparing((Event e) -> of(e), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(e -> e.origin().source())
                .thenComparingLong(e -> e.origin().index());
    }
}
