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
 * Each rule in {@code src/test/resources/convert/rules} (our own) and each SigmaHQ rule listed in
 * {@code convert/shared-rules.txt} (read from {@code ${regionwatch.shared}}, skipped when that folder
 * is absent) converted to every target, against {@code convert/expected/<rule>.<target>.txt} (a
 * conversion error is expected text too). Run with {@code -Dregionwatch.golden.update=true} to
 * rewrite the expectations after a deliberate change.
 */
class ConvertGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/convert");

    @Test
    void conversionsMatchGoldenFiles() throws Exception {
        boolean update = Boolean.getBoolean("regionwatch.golden.update");
        SigmaOptions options = SigmaOptions.defaults().withApprovedRegions(ApprovedRegions.SEED_DEFAULT);
        List<Path> rules = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(DIR.resolve("rules"))) {
            s.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(rules::add);
        }
        rules.addAll(sharedRules());
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

    /** SigmaHQ rules from the shared data folder; none (with a message) when it is absent. */
    private static List<Path> sharedRules() throws java.io.IOException {
        Path sigma = Path.of(System.getProperty("regionwatch.shared", "../../shared"), "data", "public", "sigma");
        if (!Files.isDirectory(sigma)) {
            System.out.println("ConvertGoldenTest: " + sigma + " absent; SigmaHQ rules skipped, own rules still checked");
            return List.of();
        }
        return Files.readAllLines(DIR.resolve("shared-rules.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(sigma::resolve).toList();
    }

    static String convert(String target, SigmaRule rule, String source, SigmaOptions options) {
        try {
            return Targets.convert(target, rule, source, options) + "\n";
        } catch (DiagnosticException e) {
            return "ERROR\n" + e.getMessage() + "\n";
        }
    }
}
