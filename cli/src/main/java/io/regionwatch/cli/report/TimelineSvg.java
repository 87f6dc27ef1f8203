package io.regionwatch.cli.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timeline as inline SVG bars: alerts (red) and events in unapproved regions (orange) per hour
 * when the data spans three days or less, per day otherwise.
 */
final class TimelineSvg {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 170;
    private static final int PLOT = 130;

    private TimelineSvg() {
    }

    static String render(ReportData data) {
        TreeMap<Long, Long> alerts = new TreeMap<>(data.alertsByHour);
        TreeMap<Long, Long> unapproved = new TreeMap<>(data.unapprovedByHour);
        if (alerts.isEmpty() && unapproved.isEmpty()) {
            return "<p class=\"muted\">No alerts and no activity in unapproved regions.</p>";
        }
        long first = Math.min(firstKey(alerts), firstKey(unapproved));
        long last = Math.max(lastKey(alerts), lastKey(unapproved));
        int hoursPerBucket = last - first <= 72 ? 1 : last - first <= 24 * 120 ? 24 : 24 * 7;
        long from = first / hoursPerBucket;
        int buckets = (int) (last / hoursPerBucket - from + 1);
        long[] a = bucket(alerts, hoursPerBucket, from, buckets);
        long[] u = bucket(unapproved, hoursPerBucket, from, buckets);
        long max = 1;
        for (int i = 0; i < buckets; i++) {
            max = Math.max(max, Math.max(a[i], u[i]));
        }
        StringBuilder svg = new StringBuilder("<svg id=\"timeline\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\">");
        double step = (double) (WIDTH - 60) / buckets;
        for (int i = 0; i < buckets; i++) {
            String label = label((from + i) * hoursPerBucket, hoursPerBucket);
            svg.append(bar(50 + i * step, step * 0.45, u[i], max, "unapproved", label + ": " + u[i] + " events in unapproved regions"));
            svg.append(bar(50 + i * step + step * 0.45, step * 0.45, a[i], max, "alertbar", label + ": " + a[i] + " alerts"));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"50\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", PLOT, WIDTH - 10, PLOT));
        svg.append(text(4, 14, "max " + max)).append(text(50, PLOT + 20, label(first, hoursPerBucket)));
        svg.append(text(WIDTH - 150, PLOT + 20, label(last, hoursPerBucket)));
        svg.append(text(4, HEIGHT - 4, hoursPerBucket == 1 ? "per hour (UTC)" : hoursPerBucket == 24 ? "per day (UTC)" : "per week (UTC)"));
        return svg.append("</svg>").toString();
    }

    private static long[] bucket(Map<Long, Long> byHour, int hoursPerBucket, long from, int buckets) {
        long[] out = new long[buckets];
        byHour.forEach((hour, n) -> out[(int) (hour / hoursPerBucket - from)] += n);
        return out;
    }

    private static String bar(double x, double w, long n, long max, String cls, String title) {
        double h = n == 0 ? 0 : Math.max(2, (double) n / max * (PLOT - 20));
        return String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s</title></rect>",
                cls, x, PLOT - h, Math.max(w, 0.5), h, Html.esc(title));
    }

    private static String text(int x, int y, String s) {
        return "<text x=\"" + x + "\" y=\"" + y + "\">" + Html.esc(s) + "</text>";
    }

    private static String label(long hour, int hoursPerBucket) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(hoursPerBucket == 1 ? "yyyy-MM-dd HH:00" : "yyyy-MM-dd", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        return f.format(Instant.ofEpochSecond(hour * 3600));
    }

    private static long firstKey(TreeMap<Long, Long> m) {
        return m.isEmpty() ? Long.MAX_VALUE : m.firstKey();
    }

    private static long lastKey(TreeMap<Long, Long> m) {
        return m.isEmpty() ? Long.MIN_VALUE : m.lastKey();
    }
}
