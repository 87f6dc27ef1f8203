package io.regionwatch.cli.report;

import io.regionwatch.cli.sink.AlertView;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.List;
import java.util.Map;

/** Every alert as an expandable entry: what fired, the evidence, and the first investigation steps. */
final class AlertList {
    /** The source-event fields an analyst checks first, in the order they read them. */
    private static final List<String> EVIDENCE = List.of("kibana.alert.original_time", "event.action", "event.provider", "event.outcome",
            "cloud.provider", "cloud.region", "cloud.account.id", "user.name", "aws.cloudtrail.user_identity.type",
            "aws.cloudtrail.user_identity.arn", "aws.cloudtrail.user_identity.access_key_id", "client.user.email",
            "source.ip", "source.geo.country_iso_code", "user_agent.original", "event.id", "log.file.path", "log.file.line",
            "kibana.alert.uuid");

    private AlertList() {
    }

    static String render(ReportData data) {
        if (data.alerts.isEmpty()) {
            return "<p class=\"muted\">No alerts.</p>";
        }
        StringBuilder out = new StringBuilder("<input id=\"filter\" type=\"search\" placeholder=\"Filter alerts: region, principal, rule, account…\">"
                + "<p id=\"filter-note\" class=\"muted\"></p><div id=\"alerts\">");
        for (Map<String, Object> alert : data.alerts) {
            out.append(entry(alert));
        }
        out.append("</div>");
        if (data.alertCount > data.alerts.size()) {
            out.append("<p class=\"muted\">").append(data.alertCount - data.alerts.size())
                    .append(" more alerts are not listed; the files passed to the report hold them all.</p>");
        }
        return out.toString();
    }

    private static String entry(Map<String, Object> alert) {
        AlertView v = AlertView.of(alert);
        String search = String.join(" ", v.region(), v.principal(), v.ruleName(), v.account(), v.action(), v.provider(), v.sourceIp());
        StringBuilder d = new StringBuilder("<details class=\"alert sev-").append(Html.esc(v.severity())).append("\" data-region=\"")
                .append(Html.esc(v.region())).append("\" data-search=\"").append(Html.esc(search.toLowerCase(java.util.Locale.ROOT)))
                .append("\"><summary><span class=\"sev\">").append(Html.esc(v.severity())).append("</span> <span class=\"mono\">")
                .append(Html.esc(v.time())).append("</span> <b>").append(Html.esc(v.ruleName())).append("</b> — ")
                .append(Html.esc(v.provider())).append(' ').append(Html.esc(v.region())).append(", ").append(Html.esc(v.principal()))
                .append("</summary><p>").append(Html.esc(v.reason())).append("</p>");
        d.append(evidence(alert));
        List<String> steps = v.firstSteps();
        if (!steps.isEmpty()) {
            d.append("<h4>First steps</h4><ol class=\"steps\">");
            steps.forEach(s -> d.append("<li>").append(Markdownish.inline(s)).append("</li>"));
            d.append("</ol>");
        }
        return d.append("</details>").toString();
    }

    private static String evidence(Map<String, Object> alert) {
        Event doc = new Event(alert, Origin.UNKNOWN);
        StringBuilder t = new StringBuilder("<table class=\"evidence\"><tbody>");
        for (String field : EVIDENCE) {
            String value = ReportData.text(doc.get(field));
            if (!value.isEmpty()) {
                t.append("<tr><th class=\"mono\">").append(Html.esc(field)).append("</th><td class=\"mono\">")
                        .append(Html.esc(value)).append("</td></tr>");
            }
        }
        return t.append("</tbody></table>").toString();
    }
}
