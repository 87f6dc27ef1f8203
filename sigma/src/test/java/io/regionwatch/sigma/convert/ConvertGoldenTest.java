package io.regionwatch.sigma.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.model.SigmaDocument;
import io.regionwatch.sigma.model.SigmaRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each rule in {@code src/test/resources/convert/rules} converted to every target, against
 * {@code convert/expected/<rule>.<target>.txt} (a conversion error is expected text too). Run with
 * {@code -Dregionwatch.golden.update=true} to rewrite the expectations after a deliberate change.
 */
class ConvertGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/convert");

    @Test
    void conversionsMatchGoldenFiles() throws Exception {
        boolean update = Boolean.getBoolean("regionwatch.golden.update");
        SigmaOptions options = SigmaOptions.defaults().withApprovedRegions(ApprovedRegions.SEED_DEFAULT);
        List<Path> rules;
        try (Stream<Path> s = Files.list(DIR.resolve("rules"))) {
            rules = s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        int checked = 0;
        for (Path file : rules) {
            List<SigmaDocument> docs = Sigma.parse(Files.readString(file), file.getFileName().toString());
            SigmaRule rule = (SigmaRule) docs.get(0);
            String base = file.getFileName().toString().replace(".yml", "");
            for (String target : Targets.NAMES) {
                String actual = convert(target, rule, file.getFileName().toString(), options);
                Path expected = DIR.resolve("expected").resolve(base + "." + target + ".txt");
                if (update) {
                    Files.createDirectories(expected.getParent());
                    Files.writeString(expected, actual, StandardCharsets.UTF_8);
                }
                assertThat(actual).as(expected.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(rules.size() * Targets.NAMES.size());
    }

    static String convert(String target, SigmaRule rule, String source, SigmaOptions options) {
        try {
            return Targets.convert(target, rule, source, options) + "\n";
        } catch (DiagnosticException e) {
            return "ERROR\n" + e.getMessage() + "\n";
        }
    }
}
