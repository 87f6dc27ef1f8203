package io.regionwatch.rules.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.core.rule.Rule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {
    private static RuleLoader loader(ApprovedRegions regions) {
        return RuleLoader.standard(new RuleContext(regions));
    }

    private static boolean fires(Rule rule, String region) {
        Event e = new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.outcome", "success")
                .set("event.action", "RunInstances").set("cloud.region", region).build(Origin.UNKNOWN);
        List<Object> matches = new ArrayList<>();
        rule.detection().accept(e, matches::add);
        return !matches.isEmpty();
    }

    @Test
    void bundledPackLoadsAndEveryFileIsIndexed() throws Exception {
        List<Rule> rules = loader(ApprovedRegions.SEED_DEFAULT).loadBundled();
        assertThat(rules).hasSameSizeAs(RuleLoader.bundledNames());
        Path pack = Path.of(RuleLoader.class.getResource("/io/regionwatch/rules/pack/index.txt").toURI()).getParent();
        try (Stream<Path> files = Files.list(pack)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".toml")))
                    .containsExactlyInAnyOrderElementsOf(RuleLoader.bundledNames());
        }
    }

    /**
     * The engine indexes rules by the API calls they name and a scan passes over the rest: every
     * bundled rule that names its calls must stay indexable once wrapped for the approved regions.
     */
    @Test
    void bundledRulesThatNameTheirCallsStayIndexable() throws Exception {
        io.regionwatch.core.event.FieldPath action = io.regionwatch.core.event.FieldPath.of("event.action");
        List<String> indexed = new ArrayList<>();
        for (Rule rule : loader(ApprovedRegions.SEED_DEFAULT).loadBundled()) {
            var detection = rule.detection();
            var filter = detection.timeOrder() != null ? detection.timeOrder().candidates() : detection.eventFilter();
            if (filter != null && io.regionwatch.core.match.RequiredTerms.of(filter, action) != null) {
                indexed.add(rule.metadata().type() + ":" + rule.metadata().name());
            }
        }
        // not the threshold and new_terms rules, which watch every call, nor the extended rule, whose
        // Google branch names its methods by wildcard (*.compute.instances.insert)
        assertThat(indexed).containsExactlyInAnyOrder("eql:Cloud Resource Created in Unapproved Region",
                "query:Cloud Region Enabled or Security Guard Rail Disabled",
                "eql:Unapproved Region Compute Creation Followed by IAM Credential Creation");
    }

    @Test
    void everyBundledRuleHasAnInvestigationGuideWithFirstSteps() throws Exception {
        for (Rule rule : loader(ApprovedRegions.SEED_DEFAULT).loadBundled()) {
            assertThat(rule.metadata().note()).as(rule.metadata().name())
                    .contains("## Triage and analysis", rule.metadata().name(), "#### First steps");
            assertThat(rule.metadata().severity().fitsRiskScore(rule.metadata().riskScore())).isTrue();
            assertThat(rule.metadata().threat()).isNotEmpty();
        }
    }

    @Test
    void seedRuleKeepsItsQueryVerbatimAndTakesTheConfiguredList() throws DiagnosticException {
        Rule seedDefault = seed(ApprovedRegions.SEED_DEFAULT);
        assertThat(seedDefault.metadata().query()).contains("and not cloud.region in (\n    \"us-east-1\", \"us-west-2\"");
        assertThat(fires(seedDefault, "ap-southeast-1")).isTrue();
        assertThat(fires(seedDefault, "eu-west-1")).isFalse();
        Rule custom = seed(ApprovedRegions.of(List.of("ap-southeast-1")));
        assertThat(fires(custom, "ap-southeast-1")).isFalse();
        assertThat(fires(custom, "eu-west-1")).isTrue();
    }

    private static Rule seed(ApprovedRegions regions) throws DiagnosticException {
        return loader(regions).loadBundled().stream()
                .filter(r -> r.metadata().name().equals("Cloud Resource Created in Unapproved Region")).findFirst().orElseThrow();
    }

    @Test
    void unknownFieldsAreWarnedAtTheirPlaceAndTheBundledPackHasNone(@TempDir Path dir) throws Exception {
        RuleLoader bundled = loader(ApprovedRegions.SEED_DEFAULT);
        bundled.loadBundled();
        assertThat(bundled.warnings()).isEmpty();
        String text = RuleLoader.bundledText(RuleLoader.bundledNames().get(0)).replace("and cloud.region != null",
                "and cloud.region != null and awsRegion != null");
        Path file = dir.resolve("typo.toml");
        Files.writeString(file, text);
        RuleLoader loader = loader(ApprovedRegions.SEED_DEFAULT);
        assertThat(loader.load(List.of(file))).hasSize(1);
        int line = text.lines().toList().indexOf("  and cloud.region != null and awsRegion != null") + 1;
        assertThat(loader.warnings()).singleElement().hasToString(file + ":" + line + ":32: warning: field 'awsRegion'"
                + " is neither an ECS field nor one the aws, azure or gcp normalizers write: it will never be present");
    }

    @Test
    void duplicateRuleIdsAcrossFilesAreAnError(@TempDir Path dir) throws IOException, URISyntaxException {
        String seedText = RuleLoader.bundledText(RuleLoader.bundledNames().get(0));
        Files.writeString(dir.resolve("a.toml"), seedText);
        Files.writeString(dir.resolve("b.toml"), seedText);
        assertThatThrownBy(() -> loader(ApprovedRegions.SEED_DEFAULT).load(List.of(dir)))
                .isInstanceOf(DiagnosticException.class).hasMessageContaining("is also used by");
    }

    @Test
    void queryErrorsPointIntoTheRuleFile(@TempDir Path dir) throws IOException {
        String seedText = RuleLoader.bundledText(RuleLoader.bundledNames().get(0)).replace("and event.outcome == \"success\"",
                "and event.outcome = \"success\"");
        Path file = dir.resolve("broken.toml");
        Files.writeString(file, seedText);
        int line = seedText.lines().toList().indexOf("  and event.outcome = \"success\"") + 1;
        assertThatThrownBy(() -> loader(ApprovedRegions.SEED_DEFAULT).load(List.of(file)))
                .isInstanceOf(DiagnosticException.class).hasMessageContaining(file + ":" + line + ":21");
    }
}
