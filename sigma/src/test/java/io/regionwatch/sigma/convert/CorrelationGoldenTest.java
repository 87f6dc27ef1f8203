package io.regionwatch.sigma.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.model.SigmaCorrelation;
import io.regionwatch.sigma.model.SigmaDocument;
import io.regionwatch.sigma.model.SigmaRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each correlation in {@code src/test/resources/convert/correlations/*.yml} (temporal with and
 * without aliases, temporal_ordered, value_percentile in both readings, value_median, value_sum,
 * value_avg) converted to every target, against {@code convert/expected/<file>.<target>.txt}: one
 * block per correlation, a conversion error being expected text too. Run with
 * {@code -Dregionwatch.golden.update=true} to rewrite the expectations after a deliberate change.
 */
class CorrelationGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/convert");

    @Test
    void correlationConversionsMatchGoldenFiles() throws Exception {
        boolean update = Boolean.getBoolean("regionwatch.golden.update");
        SigmaOptions options = SigmaOptions.defaults().withApprovedRegions(ApprovedRegions.SEED_DEFAULT);
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR.resolve("correlations"))) {
            files = s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        int checked = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<SigmaDocument> docs = Sigma.parse(Files.readString(file), name);
            for (String target : Targets.NAMES) {
                StringBuilder actual = new StringBuilder();
                for (SigmaDocument doc : docs) {
                    if (doc instanceof SigmaCorrelation c) {
                        actual.append("# ").append(c.meta().title()).append('\n').append(convert(target, c, docs, name, options))
                                .append('\n');
                        checked++;
                    }
                }
                Path expected = DIR.resolve("expected").resolve(name.replace(".yml", "") + "." + target + ".txt");
                if (update) {
                    Files.writeString(expected, actual, StandardCharsets.UTF_8);
                }
                assertThat(actual.toString()).as(expected.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
            }
        }
        assertThat(checked).isEqualTo(8 * Targets.NAMES.size());
    }

    private static String convert(String target, SigmaCorrelation c, List<SigmaDocument> docs, String source, SigmaOptions options) {
        List<SigmaRule> bases = c.rules().stream().map(ref -> docs.stream()
                .filter(d -> d instanceof SigmaRule r && (ref.equals(r.meta().name()) || ref.equals(r.meta().id())))
                .map(d -> (SigmaRule) d).findFirst().orElseThrow()).toList();
        try {
            return Targets.convertCorrelation(target, c, bases, source, options) + "\n";
        } catch (DiagnosticException e) {
            return "ERROR\n" + e.getMessage() + "\n";
        }
    }
}
