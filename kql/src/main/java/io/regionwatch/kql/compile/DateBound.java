package io.regionwatch.kql.compile;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 date or date-time as Elasticsearch reads a date range bound: missing components
 * make it a span, whose first millisecond serves {@code gte}/{@code lt} and whose last serves
 * {@code gt}/{@code lte} ("2024-05" rounds up to 2024-05-31T23:59:59.999). No zone means UTC.
 */
record DateBound(Instant first, Instant last, boolean hasDay) {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2})(?::(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?)?)?)?"
                    + "(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    /** The bound, or null when the text is not an ISO date. */
    static DateBound parse(String text) {
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime start = LocalDateTime.of(Integer.parseInt(m.group(1)), number(m, 2, 1), number(m, 3, 1),
                    number(m, 4, 0), number(m, 5, 0), number(m, 6, 0), nanos(m.group(7)));
            ZoneOffset zone = m.group(8) == null ? ZoneOffset.UTC : ZoneOffset.of(normalizeZone(m.group(8)));
            Instant first = start.toInstant(zone);
            // months and years have no fixed length, so step on the local date-time, not the instant
            Instant last = start.plus(1, precision(m)).toInstant(zone).minusMillis(1);
            return new DateBound(first, m.group(7) != null ? first : last, m.group(3) != null);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static ChronoUnit precision(Matcher m) {
        ChronoUnit[] units = {ChronoUnit.YEARS, ChronoUnit.MONTHS, ChronoUnit.DAYS, ChronoUnit.HOURS,
            ChronoUnit.MINUTES, ChronoUnit.SECONDS};
        ChronoUnit unit = units[0];
        for (int group = 2; group <= 6 && m.group(group) != null; group++) {
            unit = units[group - 1];
        }
        return unit;
    }

    private static int number(Matcher m, int group, int missing) {
        return m.group(group) == null ? missing : Integer.parseInt(m.group(group));
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return Integer.parseInt((fraction + "000000000").substring(0, 9));
    }

    private static String normalizeZone(String zone) {
        if (zone.equals("Z") || zone.length() == 3 || zone.contains(":")) {
            return zone;
        }
        return zone.substring(0, 3) + ":" + zone.substring(3);
    }
}
