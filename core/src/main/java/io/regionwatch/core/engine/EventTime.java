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

    public static EventTime standard() {
        return new EventTime("@timestamp");
    }

    /** The event's time, or null when the field is missing or not a time. */
    public Instant of(Event event) {
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

    /** Orders events by time, then by where they were read, so equal times keep a stable order. */
    public Comparator<Event> order() {
        return Comparator.comparing((Event e) -> of(e), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(e -> e.origin().source())
                .thenComparingLong(e -> e.origin().index());
    }
}
