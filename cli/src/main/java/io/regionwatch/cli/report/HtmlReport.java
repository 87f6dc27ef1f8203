package io.regionwatch.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the report page. Everything is inline and a Content-Security-Policy forbids every fetch, so
 * the file opens offline and a hostile string that slipped past escaping still could not call home.
 */
public final class HtmlReport {
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
    private final RegionCatalog catalog = RegionCatalog.load();

    /** Writes the page for {@code data} to {@code file}, creating parent folders. */
    public void write(ReportData data, Path file, Instant generatedAt) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(render(data, generatedAt));
        }
    }

    String render(ReportData data, Instant generatedAt) {
        StringBuilder page = new StringBuilder(64 * 1024);
        page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>regionwatch report</title><style>").append(resource("report.css")).append("</style></head><body>");
        page.append("<header><h1>regionwatch — cloud activity in unapproved regions (MITRE ATT&amp;CK T1535)</h1><p>Generated ")
                .append(Html.esc(generatedAt.toString())).append(", approved regions from ").append(Html.esc(data.approvedSource))
                .append("</p></header><main>");
        page.append(cards(data));
        page.append("<section><h2>Regions</h2>").append(WorldMapSvg.render(data, catalog)).append(legend())
                .append(unmapped(data)).append(approvedList(data)).append("</section>");
        page.append("<section><h2>Timeline</h2>").append(TimelineSvg.render(data)).append("<div class=\"legend\">")
                .append("<span><i class=\"l-alert\"></i>alerts</span><span><i style=\"background:#e7664c\"></i>events in unapproved regions</span></div></section>");
        page.append("<section><h2>By principal</h2>").append(BreakdownTables.render("principals", "principal", data.principals))
                .append("</section>");
        page.append("<section><h2>By account</h2>").append(BreakdownTables.render("accounts", "account / subscription / project",
                data.accounts)).append("</section>");
        page.append("<section><h2>Alerts</h2>").append(AlertList.render(data)).append("</section>");
        page.append("</main><script>").append(resource("report.js")).append("</script></body></html>\n");
        return page.toString();
    }

    private static String cards(ReportData data) {
        long alertRegions = data.alertsByRegion.size();
        return "<div class=\"cards\">" + card(data.alertCount, "alerts", data.alertCount > 0)
                + card(alertRegions, "regions with alerts", alertRegions > 0)
                + card(data.unapprovedEvents, "events in unapproved regions", data.unapprovedEvents > 0)
                + card(data.activityByRegion.size(), "regions with activity", false) + card(data.events, "events", false) + "</div>";
    }

    private static String card(long n, String label, boolean bad) {
        return "<div class=\"card" + (bad ? " bad" : "") + "\"><b>" + n + "</b>" + Html.esc(label) + "</div>";
    }

    private static String legend() {
        return "<div class=\"legend\"><span><i class=\"l-dot\"></i>region</span><span><i class=\"l-approved\"></i>approved</span>"
                + "<span><i class=\"l-active\"></i>activity (sized by events)</span><span><i class=\"l-alert\"></i>alerts (sized by count)</span>"
                + "<span>click a region to list its alerts</span></div>";
    }

    /** Regions seen in the data that the catalog does not know (new regions, zones, typos, forgeries). */
    private String unmapped(ReportData data) {
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Long> e : data.activityByRegion.entrySet()) {
            String[] key = e.getKey().split("/", 2);
            if (catalog.find(key[0], key[1]) == null) {
                unknown.add(e.getKey() + " (" + e.getValue() + " events, " + data.alertsByRegion.getOrDefault(e.getKey(), 0L) + " alerts)");
            }
        }
        for (Map.Entry<String, Long> e : data.alertsByRegion.entrySet()) {
            String[] key = e.getKey().split("/", 2);
            if (!data.activityByRegion.containsKey(e.getKey()) && catalog.find(key[0], key[1]) == null) {
                unknown.add(e.getKey() + " (" + e.getValue() + " alerts)");
            }
        }
        return unknown.isEmpty() ? "" : "<p><b>Not on the map</b> (regions regionwatch does not know): <span class=\"mono\">"
                + Html.esc(String.join("; ", unknown)) + "</span></p>";
    }

    private static String approvedList(ReportData data) {
        String list = data.approved.byProvider().entrySet().stream()
                .map(e -> ("*".equals(e.getKey()) ? "all providers" : e.getKey()) + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
        return "<p class=\"muted\">Approved: " + Html.esc(list.isEmpty() ? "none configured" : list) + "</p>";
    }

    private static String resource(String name) {
        try (java.io.InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
