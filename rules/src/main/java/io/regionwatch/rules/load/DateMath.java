package io.regionwatch.rules.load;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Elastic date math of the form rules use for windows: {@code now-6m}, {@code now-30d}, {@code now-1y}. */
final class DateMath {
    private static final Pattern NOW_MINUS = Pattern.compile("now-(\\d{1,6})([yMwdhHms])");

    private DateMath() {
    }

    /** The span back from now, or null when {@code text} is not of that form. */
    static Duration lookback(String text) {
        Matcher m = text == null ? null : NOW_MINUS.matcher(text.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "y" -> Duration.ofDays(365 * n);
            case "M" -> Duration.ofDays(30 * n);
            case "w" -> Duration.ofDays(7 * n);
            case "d" -> Duration.ofDays(n);
            case "h", "H" -> Duration.ofHours(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
