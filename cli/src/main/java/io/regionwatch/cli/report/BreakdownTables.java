package io.regionwatch.cli.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The per-principal and per-account tables, busiest first, cut to the top rows. */
final class BreakdownTables {
    private static final int TOP = 50;

    private BreakdownTables() {
    }

    static String render(String id, String who, Map<String, ReportData.Breakdown> rows) {
        List<Map.Entry<String, ReportData.Breakdown>> sorted = rows.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, ReportData.Breakdown> e) -> -e.getValue().alerts)
                        .thenComparingLong(e -> -e.getValue().unapprovedEvents).thenComparing(Map.Entry::getKey))
                .toList();
        StringBuilder t = new StringBuilder("<table id=\"" + id + "\"><thead><tr><th>" + Html.esc(who)
                + "</th><th class=\"num\">alerts</th><th>alert regions</th><th class=\"num\">events in unapproved regions</th>"
                + "<th>unapproved regions</th><th class=\"num\">events</th></tr></thead><tbody>");
        for (Map.Entry<String, ReportData.Breakdown> e : sorted.subList(0, Math.min(TOP, sorted.size()))) {
            ReportData.Breakdown b = e.getValue();
            t.append("<tr").append(b.alerts > 0 ? " class=\"hot\"" : "").append("><td class=\"mono\">").append(Html.esc(e.getKey()))
                    .append("</td><td class=\"num\">").append(b.alerts).append("</td><td>").append(Html.esc(String.join(", ", b.alertRegions)))
                    .append("</td><td class=\"num\">").append(b.unapprovedEvents).append("</td><td>")
                    .append(Html.esc(String.join(", ", b.unapprovedRegions))).append("</td><td class=\"num\">").append(b.events)
                    .append("</td></tr>");
        }
        t.append("</tbody></table>");
        if (sorted.size() > TOP) {
            t.append("<p class=\"muted\">").append(sorted.size() - TOP).append(" more not shown.</p>");
        }
        return t.toString();
    }
}
