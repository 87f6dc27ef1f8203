package io.regionwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.diag.Diagnostic;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every SigmaHQ cloud rule either loads or is rejected with a precise reason. */
class SigmaHqCorpusTest {
    @Test
    void everyCloudRuleLoadsOrIsRejectedWithAReason() throws Exception {
        Path rules = Shared.dir("data/public/sigma");
        LoadReport report = Sigma.check(rules, SigmaOptions.defaults());
        Map<String, Integer> reasons = new TreeMap<>();
        int loaded = 0;
        for (LoadReport.Outcome o : report.outcomes()) {
            if (o.rule() != null) {
                loaded++;
                continue;
            }
            assertThat(o.errors()).as(o.source()).isNotEmpty();
            for (Diagnostic d : o.errors()) {
                assertThat(d.span().line()).isPositive();
                reasons.merge(reason(d.message()), 1, Integer::sum);
            }
        }
        System.out.printf("SigmaHQ cloud rules: %d documents, %d loaded, %d rejected%n",
                report.outcomes().size(), loaded, report.outcomes().size() - loaded);
        reasons.forEach((r, n) -> System.out.printf("  %4d  %s%n", n, r));
        report.outcomes().stream().filter(o -> o.rule() == null)
                .forEach(o -> o.errors().forEach(d -> System.out.println("    " + d)));
        assertThat(report.outcomes()).hasSize(214);
    }

    /** The message with quoted specifics removed, so counts group by kind of reason. */
    static String reason(String message) {
        return message.replaceAll("'[^']*'", "'…'").replaceAll("\\[[^\\]]*\\]", "[…]");
    }
}
