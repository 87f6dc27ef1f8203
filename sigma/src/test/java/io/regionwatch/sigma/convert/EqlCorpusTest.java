package io.regionwatch.sigma.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.sigma.LoadReport;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.model.SigmaRule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every SigmaHQ cloud rule that compiles also converts to EQL, except those EQL cannot express. */
class EqlCorpusTest {
    @Test
    void loadableCloudRulesConvert() throws Exception {
        String root = System.getProperty("regionwatch.shared");
        Path dir = root == null ? null : Path.of(root, "data/public/sigma");
        assumeTrue(dir != null && Files.isDirectory(dir), "shared SigmaHQ rules not found; skipping");
        LoadReport report = Sigma.check(dir, SigmaOptions.defaults());
        EqlConverter converter = new EqlConverter(SigmaOptions.defaults());
        int converted = 0;
        int keywordOnly = 0;
        for (LoadReport.Outcome o : report.outcomes()) {
            if (o.rule() == null) {
                continue;
            }
            try {
                String eql = converter.convert((SigmaRule) o.document(), o.source());
                assertThat(eql).startsWith("any where event.dataset == ");
                converted++;
            } catch (DiagnosticException e) {
                assertThat(e.getMessage()).as(o.source()).containsAnyOf("keyword (full-text) search has no EQL equivalent",
                        "fieldref (field-to-field comparison) has no EQL equivalent");
                keywordOnly++;
            }
        }
        System.out.printf("SigmaHQ cloud rules to EQL: %d converted, %d use keyword search or fieldref%n", converted, keywordOnly);
        assertThat(converted + keywordOnly).isEqualTo(106);
        assertThat(keywordOnly).isEqualTo(4); // 3 keyword searches, 1 fieldref (aws_update_login_profile)
    }
}
