package io.regionwatch.rules.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TomlRuleReaderTest {
    private static final String VALID = """
            [metadata]
            maturity = "production"

            [regionwatch]
            approved_regions_field = "cloud.region"

            [rule]
            author = ["a"]
            description = "d"
            language = "eql"
            name = "N"
            risk_score = 73
            rule_id = "0f5c1f7e-2a40-4c7b-8d1e-6d7c2b7e9a10"
            severity = "high"
            tags = ["Domain: Cloud"]
            type = "eql"
            query = '''
            any where true
            '''

            [[rule.threat]]
            framework = "MITRE ATT&CK"
            [[rule.threat.technique]]
            id = "T1535"
            name = "Unused/Unsupported Cloud Regions"
            reference = "https://attack.mitre.org/techniques/T1535/"

            [rule.threat.tactic]
            id = "TA0005"
            name = "Defense Evasion"
            reference = "https://attack.mitre.org/tactics/TA0005/"
            """;

    private static RuleDefinition read(String text, List<Diagnostic> diagnostics) {
        return TomlRuleReader.read("r.toml", text, diagnostics);
    }

    @Test
    void readsEveryField() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        RuleDefinition rule = read(VALID, diagnostics);
        assertThat(diagnostics).isEmpty();
        assertThat(rule.metadata().severity()).isEqualTo(Severity.HIGH);
        assertThat(rule.metadata().riskScore()).isEqualTo(73);
        assertThat(rule.metadata().query()).isEqualTo("any where true\n");
        assertThat(rule.metadata().threat().get(0).techniques().get(0).entry().id()).isEqualTo("T1535");
        assertThat(rule.metadata().threat().get(0).tactic().id()).isEqualTo("TA0005");
        assertThat(rule.metadata().maxSignals()).isEqualTo(100);
        assertThat(rule.approvedRegionsField()).isEqualTo("cloud.region");
        // the query starts on the line after the opening ''' (line 18), column 1
        assertThat(rule.queryStart().line()).isEqualTo(18);
        assertThat(rule.queryStart().column()).isEqualTo(1);
    }

    @Test
    void reportsEveryProblemWithItsPosition() {
        String broken = VALID.replace("risk_score = 73", "risk_score = 10")
                .replace("0f5c1f7e-2a40-4c7b-8d1e-6d7c2b7e9a10", "nope")
                .replace("id = \"T1535\"", "id = \"1535\"")
                .replace("name = \"N\"\n", "");
        List<Diagnostic> diagnostics = new ArrayList<>();
        read(broken, diagnostics);
        assertThat(diagnostics).extracting(Diagnostic::toString).anySatisfy(d -> assertThat(d).startsWith("r.toml:11:").contains("does not fit severity high"))
                .anySatisfy(d -> assertThat(d).startsWith("r.toml:12:").contains("rule_id must be a UUID"))
                .anySatisfy(d -> assertThat(d).startsWith("r.toml:7:").contains("missing required field rule.name"))
                .anySatisfy(d -> assertThat(d).contains("rule.threat.technique.id must look like"));
    }

    @Test
    void tomlSyntaxErrorsCarryLineAndColumn() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        assertThat(read("[rule]\nname = \"unterminated\n", diagnostics)).isNull();
        assertThat(diagnostics).singleElement().satisfies(d -> assertThat(d.toString()).startsWith("r.toml:2:").contains("TOML"));
    }

    @Test
    void unsupportedTypeAndUnknownFieldsAreReported() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        read(VALID.replace("type = \"eql\"", "type = \"machine_learning\"").replace("tags =", "colour = \"red\"\ntags ="), diagnostics);
        assertThat(diagnostics).extracting(Diagnostic::toString)
                .anySatisfy(d -> assertThat(d).contains("error: rule type 'machine_learning' is not supported"))
                .anySatisfy(d -> assertThat(d).contains("warning: unknown field rule.colour"));
    }

    @Test
    void inlineQueryColumnPointsAfterTheQuote() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        RuleDefinition rule = read(VALID.replace("query = '''\nany where true\n'''", "query = \"any where true\""), diagnostics);
        assertThat(rule.queryStart().line()).isEqualTo(17);
        assertThat(rule.queryStart().column()).isEqualTo(10);
    }
}
