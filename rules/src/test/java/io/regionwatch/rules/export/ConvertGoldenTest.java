package io.regionwatch.rules.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.rules.load.RuleLoader;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.convert.Targets;
import io.regionwatch.sigma.model.SigmaCorrelation;
import io.regionwatch.sigma.model.SigmaDocument;
import io.regionwatch.sigma.model.SigmaRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each bundled rule, through its Sigma export, converted to every target, against
 * {@code src/test/resources/convert/<rule>.<target>.txt}: one block per Sigma detection rule
 * (stage, log source), a conversion error being expected text too. Approved regions: the seed's
 * twelve, plus {@code europe-west1} for Google Cloud so the GCP documents convert as well.
 * {@code -Dregionwatch.golden.update=true} rewrites the files.
 */
class ConvertGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/convert");

    @Test
    void bundledRuleConversionsMatchGoldenFiles() throws Exception {
        boolean update = Boolean.getBoolean("regionwatch.golden.update");
        Map<String, Set<String>> regions = new LinkedHashMap<>(ApprovedRegions.SEED_DEFAULT.byProvider());
        regions.put("gcp", Set.of("europe-west1"));
        SigmaOptions options = SigmaOptions.defaults().withApprovedRegions(new ApprovedRegions(regions));
        for (String name : RuleLoader.bundledNames()) {
            String yaml = new SigmaExporter().export(name, RuleLoader.bundledText(name)).yaml();
            for (String target : Targets.NAMES) {
                StringBuilder actual = new StringBuilder();
                List<SigmaDocument> docs = Sigma.parse(yaml, name + ".yml");
                for (SigmaDocument doc : docs) {
                    if (doc instanceof SigmaRule rule) {
                        actual.append("# ").append(rule.meta().title()).append('\n').append(convert(target, rule, options)).append('\n');
                    } else if (doc instanceof SigmaCorrelation c) {
                        actual.append("# correlation: ").append(c.meta().title()).append('\n').append(correlate(target, c, docs, options))
                                .append('\n');
                    }
                }
                Path expected = DIR.resolve(name.replace(".toml", "") + "." + target + ".txt");
                if (update) {
                    Files.createDirectories(DIR);
                    Files.writeString(expected, actual, StandardCharsets.UTF_8);
                }
                assertThat(actual.toString()).as(expected.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
            }
        }
    }

    private static String correlate(String target, SigmaCorrelation c, List<SigmaDocument> docs, SigmaOptions options) {
        try {
            return Targets.convertCorrelation(target, c, bases(c, docs), "exported.yml", options) + "\n";
        } catch (DiagnosticException e) {
            return "ERROR\n" + e.getMessage() + "\n";
        }
    }

    /** The rules a correlation names, in its order. */
    static List<SigmaRule> bases(SigmaCorrelation c, List<SigmaDocument> docs) {
        return c.rules().stream().map(name -> docs.stream().filter(d -> d instanceof SigmaRule r && name.equals(r.meta().name()))
                .map(d -> (SigmaRule) d).findFirst().orElseThrow()).toList();
    }

    private static String convert(String target, SigmaRule rule, SigmaOptions options) {
        try {
            return Targets.convert(target, rule, "exported.yml", options) + "\n";
        } catch (DiagnosticException e) {
            return "ERROR\n" + e.getMessage() + "\n";
        }
    }
}
