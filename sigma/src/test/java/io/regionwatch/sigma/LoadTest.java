package io.regionwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.sigma.model.SigmaCorrelation;
import io.regionwatch.sigma.model.SigmaDocument;
import io.regionwatch.sigma.model.SigmaFilter;
import io.regionwatch.sigma.model.SigmaRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe YAML loading, the typed model, and diagnostics with positions, all reported at once. */
class LoadTest {
    private static final String RULE = """
            title: Region enabled
            id: a5ffb6ea-c784-4e01-b30a-deb6e58ca2ab
            status: experimental
            description: d
            references:
                - https://example.org
            author: Ivan Saakov, Sergey Zelenskiy
            date: 2025-10-19
            modified: 2025-10-20
            tags:
                - attack.persistence
                - attack.t1535
                - attack.t1098.003
            logsource:
                product: aws
                service: cloudtrail
            detection:
                selection:
                    eventName: 'EnableRegion'
                    eventSource: 'account.amazonaws.com'
                condition: selection
            fields:
                - eventName
            falsepositives:
                - Admins
            level: medium
            """;

    @Test
    void readsTheTypedModel() throws Exception {
        SigmaRule rule = (SigmaRule) Sigma.parse(RULE, "r.yml").get(0);
        assertThat(rule.meta().title()).isEqualTo("Region enabled");
        assertThat(rule.meta().authors()).containsExactly("Ivan Saakov", "Sergey Zelenskiy");
        assertThat(rule.meta().date()).isEqualTo("2025-10-19");
        assertThat(rule.meta().tags()).contains("attack.t1535");
        assertThat(rule.logSource().product()).isEqualTo("aws");
        assertThat(rule.detection().searches()).containsOnlyKeys("selection");
        assertThat(rule.detection().searches().get("selection").alternatives().get(0)).hasSize(2);
        assertThat(rule.detection().conditions().get(0).text()).isEqualTo("selection");
        assertThat(rule.meta().level()).isEqualTo("medium");
    }

    @Test
    void compiledRuleCarriesElasticMetadata() throws Exception {
        CompiledSigmaRule rule = Sigma.load(RULE, "r.yml", SigmaOptions.defaults()).get(0);
        assertThat(rule.id()).isEqualTo("a5ffb6ea-c784-4e01-b30a-deb6e58ca2ab");
        assertThat(rule.severity().label()).isEqualTo("medium");
        assertThat(rule.riskScore()).isEqualTo(47);
        assertThat(rule.threat()).singleElement().satisfies(t -> {
            assertThat(t.tactic().id()).isEqualTo("TA0003");
            assertThat(t.techniques()).extracting(x -> x.entry().id()).containsExactly("T1535", "T1098");
            assertThat(t.techniques().get(1).subtechniques()).extracting(Object::toString).singleElement()
                    .asString().contains("T1098.003");
        });
        assertThat(rule.metadata().language()).isEqualTo("sigma");
        assertThat(rule.metadata().query()).isEqualTo("selection");
        assertThat(rule.toRule().detection()).isSameAs(rule.detection());
    }

    @Test
    void levelsMapToSeverityAndRisk() throws Exception {
        for (String[] c : new String[][] {{"informational", "low", "1"}, {"low", "low", "21"}, {"medium", "medium", "47"},
                {"high", "high", "73"}, {"critical", "critical", "99"}}) {
            CompiledSigmaRule r = Sigma.load(RULE.replace("level: medium", "level: " + c[0]), "r.yml", SigmaOptions.defaults()).get(0);
            assertThat(r.severity().label()).isEqualTo(c[1]);
            assertThat(r.riskScore()).isEqualTo(Integer.parseInt(c[2]));
            assertThat(r.severity().fitsRiskScore(r.riskScore())).isTrue();
        }
    }

    @Test
    void everyErrorOfAFileIsReportedWithItsPosition() {
        String bad = """
                title: t
                status: done
                date: 2025-13-01
                tags:
                    - Attack.T1535
                logsource:
                    product: aws
                    service: cloudtrail
                detection:
                    selection:
                        eventName|nope: x
                        eventName: y
                        eventName: z
                    condition: selection or
                level: severe
                """;
        assertThatThrownBy(() -> Sigma.load(bad, "bad.yml", SigmaOptions.defaults()))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::toString)
                        .anySatisfy(d -> assertThat(d).startsWith("bad.yml:2:9: error: status 'done'"))
                        .anySatisfy(d -> assertThat(d).startsWith("bad.yml:3:7: error: date '2025-13-01'"))
                        .anySatisfy(d -> assertThat(d).startsWith("bad.yml:5:7: error: tag 'Attack.T1535'"))
                        .anySatisfy(d -> assertThat(d).startsWith("bad.yml:11:9: error: 'eventName|nope': unknown modifier"))
                        .anySatisfy(d -> assertThat(d).startsWith("bad.yml:14:28: error: condition: expected"))
                        .anySatisfy(d -> assertThat(d).startsWith("bad.yml:13:9: error: duplicate key 'eventName'"))
                        .anySatisfy(d -> assertThat(d).startsWith("bad.yml:15:8: error: level 'severe'")));
    }

    @Test
    void missingRequiredFields() {
        assertThatThrownBy(() -> Sigma.parse("description: x\n", "m.yml"))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::message)
                        .contains("missing required field 'title'", "missing required field 'logsource'",
                                "missing required field 'detection'"));
        assertThatThrownBy(() -> Sigma.parse("title: t\nlogsource: {product: aws}\ndetection:\n  s: {a: b}\n", "m.yml"))
                .hasMessageContaining("m.yml:4:3: error: detection has no 'condition'");
    }

    @Test
    void syntaxErrorsCarryTheirPosition() {
        assertThatThrownBy(() -> Sigma.parse("title: t\n  bad: [\n", "s.yml"))
                .isInstanceOf(DiagnosticException.class).hasMessageStartingWith("s.yml:").hasMessageContaining("invalid YAML");
    }

    @Test
    void tagsNeverConstructObjects() throws Exception {
        String hostile = RULE.replace("description: d", "description: !!java.lang.ProcessBuilder [\"touch\", \"/tmp/pwn\"]");
        assertThatThrownBy(() -> Sigma.parse(hostile, "h.yml")).hasMessageContaining("description");
        assertThat(Path.of("/tmp/pwn")).doesNotExist();
    }

    @Test
    void aliasBombsAreBounded() {
        StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 80; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        assertThatThrownBy(() -> Sigma.parse(y.toString(), "bomb.yml")).hasMessageContaining("bomb.yml:");
    }

    @Test
    void deepNestingIsRejected() {
        String deep = "title: " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertThatThrownBy(() -> Sigma.parse(deep, "deep.yml")).hasMessageContaining("deep.yml:");
    }

    @Test
    void multiDocumentFilesAndFolders(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("two.yml"), RULE + "---\n" + RULE.replace("a5ffb6ea-c784-4e01-b30a-deb6e58ca2ab",
                "b5ffb6ea-c784-4e01-b30a-deb6e58ca2ab"));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/one.yaml"), RULE);
        Files.writeString(dir.resolve("notes.txt"), "not a rule");
        List<CompiledSigmaRule> rules = Sigma.load(dir, SigmaOptions.defaults());
        assertThat(rules).hasSize(3);
        assertThat(rules).extracting(CompiledSigmaRule::source).allMatch(s -> s.endsWith(".yml") || s.endsWith(".yaml"));
    }

    @Test
    void oneBadDocumentDoesNotHideTheOthers() {
        LoadReport report = Sigma.check(RULE + "---\ntitle: broken\n", "mixed.yml", SigmaOptions.defaults());
        assertThat(report.rules()).hasSize(1);
        assertThat(report.outcomes()).hasSize(2);
        assertThat(report.outcomes().get(1).errors()).isNotEmpty();
    }

    @Test
    void invalidUtf8IsRefused(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bin.yml"), new byte[] {'t', 'i', 't', (byte) 0xC3, (byte) 0x28});
        LoadReport report = Sigma.check(dir, SigmaOptions.defaults());
        assertThat(report.diagnostics()).singleElement().asString().contains("not valid UTF-8");
    }

    @Test
    void aMissingPathIsAnIoError(@TempDir Path dir) {
        assertThatThrownBy(() -> Sigma.load(dir.resolve("nope"), SigmaOptions.defaults()))
                .isInstanceOf(java.nio.file.NoSuchFileException.class).hasMessageContaining("no such rule file");
    }

    @Test
    void sigmaV1ConstructsAreExplained() {
        assertThatThrownBy(() -> Sigma.parse("action: global\ntitle: t\n", "v1.yml")).hasMessageContaining("Sigma v1");
        assertThatThrownBy(() -> Sigma.parse(RULE.replace("condition: selection",
                "condition: selection\n    timeframe: 5m"), "v1.yml")).hasMessageContaining("correlation rule");
    }

    @Test
    void specificationTestDocumentsLoad() throws Exception {
        Path tests = Shared.dir("data/public/sigma-specification/tests/schema");
        int rules = 0;
        int correlations = 0;
        int filters = 0;
        try (var files = Files.walk(tests)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                for (SigmaDocument doc : Sigma.parse(Files.readString(file), file.toString())) {
                    rules += doc instanceof SigmaRule ? 1 : 0;
                    correlations += doc instanceof SigmaCorrelation ? 1 : 0;
                    filters += doc instanceof SigmaFilter ? 1 : 0;
                }
            }
        }
        assertThat(rules).isEqualTo(2);
        assertThat(correlations).isEqualTo(8);
        assertThat(filters).isEqualTo(2);
    }

    @Test
    void correlationModel() throws Exception {
        Path file = Shared.dir("data/public/sigma-specification/tests/schema/correlation").resolve("value_count.yml");
        SigmaCorrelation c = (SigmaCorrelation) Sigma.parse(Files.readString(file), "vc.yml").get(0);
        assertThat(c.type()).isEqualTo(SigmaCorrelation.Type.VALUE_COUNT);
        assertThat(c.groupBy()).containsExactly("ComputerName", "WorkstationName");
        assertThat(c.timespanMillis()).isEqualTo(86_400_000L);
        assertThat(c.conditionField()).isEqualTo("User");
        assertThat(c.condition()).containsEntry("gte", 100L);
    }

    @Test
    void specificationValuePercentileHasNoPercentileKey() throws Exception {
        // the spec's own example: no 'percentile', so regionwatch reads it as each value's share (docs/sigma.md)
        Path file = Shared.dir("data/public/sigma-specification/tests/schema/correlation").resolve("value_percentile.yml");
        SigmaCorrelation c = (SigmaCorrelation) Sigma.parse(Files.readString(file), "vp.yml").get(0);
        assertThat(c.type()).isEqualTo(SigmaCorrelation.Type.VALUE_PERCENTILE);
        assertThat(c.conditionField()).isEqualTo("Image");
        assertThat(c.condition()).containsEntry("lte", 1L);
        assertThat(c.percentile()).isNull();
    }
}
