package io.regionwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every SigmaHQ cloud rule (DRL 1.1; shared/data/public/sigma/SOURCES.md) either loads or is
 * rejected with a precise, positioned reason; the counts per reason are pinned so a change in
 * behaviour shows up here.
 */
class SigmaHqCorpusTest {
    @Test
    void everyCloudRuleLoadsOrIsRejectedWithAReason() throws Exception {
        Path rules = Shared.dir("data/public/sigma");
        LoadReport report = Sigma.check(rules, SigmaOptions.defaults());
        Map<String, Integer> rejectedBy = new TreeMap<>();
        int loaded = 0;
        for (LoadReport.Outcome o : report.outcomes()) {
            if (o.rule() != null) {
                loaded++;
                continue;
            }
            assertThat(o.errors()).as(o.source()).isNotEmpty();
            o.errors().forEach(d -> assertThat(d.span().line()).as(d.toString()).isPositive());
            // a rule counts once under every kind of reason it has
            o.errors().stream().map(d -> reason(d.message())).distinct()
                    .forEach(r -> rejectedBy.merge(r, 1, Integer::sum));
            o.errors().forEach(d -> System.out.println("  rejected " + d));
        }
        System.out.printf("SigmaHQ cloud rules: %d documents, %d loaded, %d rejected%n",
                report.outcomes().size(), loaded, report.outcomes().size() - loaded);
        rejectedBy.forEach((r, n) -> System.out.printf("  %4d  %s%n", n, r));
        assertThat(report.outcomes()).hasSize(214);
        assertThat(loaded).isEqualTo(106);
        assertThat(rejectedBy).containsOnly(
                Map.entry("no field-mapping pipeline for log source product=azure, service=auditlogs", 46),
                Map.entry("no field-mapping pipeline for log source product=azure, service=signinlogs", 23),
                Map.entry("no field-mapping pipeline for log source product=azure, service=riskdetection", 19),
                Map.entry("no field-mapping pipeline for log source product=azure, service=pim", 7),
                Map.entry("no field-mapping pipeline for log source product=gcp, service=google_workspace.admin", 7),
                Map.entry("no field-mapping pipeline for log source product=gcp, service=google_workspace.login", 3),
                Map.entry("unmapped field", 3),
                Map.entry("unresolved placeholder", 8));
    }

    @Test
    void placeholderRuleLoadsOnceItsPlaceholdersAreConfigured() throws Exception {
        Path rule = Shared.dir("data/public/sigma/rules-placeholder/cloud/aws/cloudtrail")
                .resolve("aws_cloudtrail_console_login_success_from_susp_locations.yml");
        LoadReport report = Sigma.check(rule, SigmaOptions.defaults().withPlaceholders(Map.of(
                "Legitimate_Countries", java.util.List.of("FR"), "Legitimate_IP_Ranges", java.util.List.of("192.0.2.1"))));
        // src_country is an enrichment field that neither CloudTrail nor regionwatch's normalizer produces
        assertThat(report.diagnostics()).singleElement().asString().contains("field 'src_country' has no mapping");
    }

    /** The kind of reason: the message without rule-specific details. */
    static String reason(String message) {
        if (message.startsWith("no field-mapping pipeline")) {
            return message.substring(0, message.indexOf(';'));
        }
        if (message.contains("has no mapping in pipeline")) {
            return "unmapped field";
        }
        return message.contains("placeholder") ? "unresolved placeholder" : message;
    }
}
