package io.regionwatch.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The world map as inline SVG (equirectangular, 85°N to 60°S): land outlines, every known region as
 * a dot, approved regions ringed green, activity in blue and alerts in red, sized by counts.
 */
final class WorldMapSvg {
    static final int WIDTH = 1000;
    private static final double NORTH = 85;
    private static final double SOUTH = -60;
    static final int HEIGHT = (int) Math.round((NORTH - SOUTH) * WIDTH / 360.0);

    private WorldMapSvg() {
    }

    static String render(ReportData data, RegionCatalog catalog) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"map\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"World map of cloud regions\">");
        svg.append("<rect width=\"100%\" height=\"100%\" class=\"sea\"/>");
        for (String line : RegionCatalog.resourceLines("land.txt")) {
            svg.append("<polygon class=\"land\" points=\"").append(landPoints(line)).append("\"/>");
        }
        long maxActivity = max(data.activityByRegion);
        long maxAlerts = max(data.alertsByRegion);
        for (Region r : catalog.all()) {
            String key = RegionCatalog.key(r.provider(), r.id());
            long activity = data.activityByRegion.getOrDefault(key, 0L);
            long alerts = data.alertsByRegion.getOrDefault(key, 0L);
            boolean approved = data.isApproved(r.provider(), r.id());
            svg.append(marker(r, activity, alerts, approved, maxActivity, maxAlerts));
        }
        return svg.append("</svg>").toString();
    }

    private static String marker(Region r, long activity, long alerts, boolean approved, long maxActivity, long maxAlerts) {
        double[] xy = project(r.lat(), r.lon());
        String title = Html.esc(r.provider() + " " + r.id() + " — " + r.name()) + (approved ? " (approved)" : "")
                + ": " + activity + " events, " + alerts + " alerts";
        StringBuilder g = new StringBuilder("<g class=\"rg").append(alerts > 0 ? " alerting" : "")
                .append("\" data-region=\"").append(Html.esc(r.id())).append("\"><title>").append(title).append("</title>");
        g.append(circle(xy, 1.6, "dot"));
        if (approved) {
            g.append(circle(xy, 5.5, "approved"));
        }
        if (activity > 0) {
            g.append(circle(xy, 3 + 7 * Math.sqrt((double) activity / maxActivity), "active"));
        }
        if (alerts > 0) {
            g.append(circle(xy, 6 + 10 * Math.sqrt((double) alerts / maxAlerts), "alert"));
        }
        return g.append("</g>").toString();
    }

    private static String circle(double[] xy, double r, String cls) {
        return String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", cls, xy[0], xy[1], r);
    }

    static double[] project(double lat, double lon) {
        double x = (lon + 180) / 360 * WIDTH;
        double y = (NORTH - Math.max(SOUTH, Math.min(NORTH, lat))) / (NORTH - SOUTH) * HEIGHT;
        return new double[] {x, y};
    }

    private static String landPoints(String line) {
        List<String> points = new ArrayList<>();
        for (String pair : line.strip().split("\\s+")) {
            String[] lonLat = pair.split(",");
            double[] xy = project(Double.parseDouble(lonLat[1]), Double.parseDouble(lonLat[0]));
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", xy[0], xy[1]));
        }
        return String.join(" ", points);
    }

    private static long max(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(1L);
    }
}
