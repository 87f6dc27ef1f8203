package io.regionwatch.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.rule.ApprovedRegions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    static final String HOSTILE_USER = "<img src=x onerror=alert(1)>\"'`";

    @Test
    void escapesEveryAttackerControlledString() {
        String page = render(hostileData());
        assertThat(page).doesNotContain("<img").doesNotContain("onerror=alert(1)>").doesNotContain("<script>alert");
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&#96;");
        assertThat(page).contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    }

    @Test
    void isSelfContained() {
        String page = render(hostileData());
        String withoutAttributeValues = page.replaceAll("\"[^\"]*\"", "\"\"");
        assertThat(withoutAttributeValues).doesNotContainPattern("(?i)<[a-z][^>]*\\s(src|href)\\s*=");
        assertThat(page).doesNotContainPattern("(?i)<(link|iframe|object|embed|img)\\b")
                .doesNotContain("@import").doesNotContain("url(");
        assertThat(page).contains("Content-Security-Policy").contains("default-src 'none'");
    }

    @Test
    void showsAlertsOnTheMapWithEvidenceAndFirstSteps() {
        ReportData data = new ReportData(ApprovedRegions.SEED_DEFAULT, "built-in defaults");
        data.observeEvent(event("us-east-1", "alice", "2026-11-02T08:00:00Z"));
        data.observeEvent(event("sa-east-1", "alice", "2026-11-02T08:51:40Z"));
        data.observeAlert(alert("sa-east-1", "alice"));
        String page = render(data);
        assertThat(data.unapprovedEvents).isEqualTo(1);
        assertThat(page).contains("<g class=\"rg alerting\" data-region=\"sa-east-1\">");
        assertThat(page).containsPattern("<g class=\"rg\" data-region=\"us-east-1\"><title>[^<]*\\(approved\\): 1 events, 0 alerts");
        assertThat(page).contains("<h4>First steps</h4><ol class=\"steps\"><li>Identify the caller: <code>user.name</code>.</li>");
        assertThat(page).contains("<th class=\"mono\">source.ip</th><td class=\"mono\">203.0.113.77</td>");
        assertThat(page).as("the event's time, not the alert's").contains(
                "<th class=\"mono\">kibana.alert.original_time</th><td class=\"mono\">2026-11-02T08:51:40Z</td>");
        assertThat(page).contains("id=\"timeline\"").contains("2026-11-02 08:00");
    }

    private static String render(ReportData data) {
        return new HtmlReport().render(data, Instant.parse("2026-11-28T00:00:00Z"));
    }

    static ReportData hostileData() {
        ReportData data = new ReportData(ApprovedRegions.SEED_DEFAULT, "<b>config</b>");
        data.observeEvent(event("</script><script>alert(2)</script>", HOSTILE_USER, "2026-11-02T08:51:40Z"));
        data.observeAlert(alert("</script><script>alert(2)</script>", HOSTILE_USER));
        return data;
    }

    static Event event(String region, String user, String time) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@timestamp", time);
        doc.put("cloud", Map.of("provider", "aws", "region", region, "account", Map.of("id", "418275093621")));
        doc.put("user", Map.of("name", user));
        return new Event(doc, Origin.UNKNOWN);
    }

    static Map<String, Object> alert(String region, String user) {
        Map<String, Object> rule = Map.of("name", "Cloud Resource Created in Unapproved Region", "rule_id", "r1",
                "note", "#### First steps\n- Identify the caller: `user.name`.\n- Check `source.ip` of " + user + "\n");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@timestamp", "2026-11-02T09:00:00Z");
        doc.put("event", Map.of("action", "RunInstances"));
        doc.put("cloud", Map.of("provider", "aws", "region", region, "account", Map.of("id", "418275093621")));
        doc.put("user", Map.of("name", user));
        doc.put("source", Map.of("ip", "203.0.113.77"));
        doc.put("kibana", Map.of("alert", Map.of("uuid", "u-" + region.hashCode(), "severity", "medium",
                "original_time", "2026-11-02T08:51:40Z", "reason", "created in " + region + " by " + user, "rule", rule)));
        return doc;
    }

    static List<Map<String, Object>> alerts() {
        return List.of(alert("sa-east-1", "alice"));
    }
}
