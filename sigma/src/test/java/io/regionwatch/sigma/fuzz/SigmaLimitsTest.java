package io.regionwatch.sigma.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.sigma.LoadReport;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.condition.ConditionParser;
import io.regionwatch.sigma.load.YamlReader;
import org.junit.jupiter.api.Test;

/** Each bound on Sigma input is enforced and reported as a diagnostic; nothing overflows or expands. */
class SigmaLimitsTest {
    private static final String RULE = """
            title: t
            logsource: {product: aws, service: cloudtrail}
            detection:
              sel: {eventName: RunInstances}
              condition: %s
            """;

    private static LoadReport check(String text) {
        return Sigma.check(text, "limits.yml", SigmaOptions.defaults());
    }

    @Test
    void deeplyNestedConditionIsADiagnostic() {
        ConditionParser.Result r = ConditionParser.parse("(".repeat(50_000) + "sel" + ")".repeat(50_000), SourceSpan.at("c", 1, 1));
        assertThat(r.error()).isNotNull();
        assertThat(r.error().message()).contains("nest");
    }

    @Test
    void longNotChainIsADiagnostic() {
        ConditionParser.Result r = ConditionParser.parse("not ".repeat(50_000) + "sel", SourceSpan.at("c", 1, 1));
        assertThat(r.error()).isNotNull();
    }

    @Test
    void longOrChainCompilesOrIsADiagnostic() {
        LoadReport report = check(RULE.formatted("sel" + " or sel".repeat(20_000)));
        assertThat(report.outcomes()).isNotEmpty();
    }

    @Test
    void billionLaughsIsRejectedNotExpanded() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        LoadReport report = check(yaml.toString());
        assertThat(report.diagnostics()).anySatisfy(d -> assertThat(d.message()).containsIgnoringCase("alias"));
    }

    @Test
    void oversizedDocumentIsRejected() {
        String big = "title: " + "x".repeat(YamlReader.MAX_CODE_POINTS + 1) + "\n";
        assertThat(check(big).diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("exceeds"));
    }

    @Test
    void deepYamlNestingIsADiagnostic() {
        String deep = "a: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
        assertThat(check(deep).diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("nest"));
    }

    @Test
    void regexModifierUsesALinearTimeEngine() {
        String rule = """
                title: redos
                logsource: {product: aws, service: cloudtrail}
                detection:
                  sel: {eventName|re: '(a+)+$'}
                  condition: sel
                """;
        var rules = check(rule).rules();
        assertThat(rules).hasSize(1);
        var event = new io.regionwatch.core.event.Event(java.util.Map.of("eventName", "a".repeat(100_000) + "!"),
                io.regionwatch.core.event.Origin.UNKNOWN);
        long start = System.nanoTime();
        rules.get(0).detection().accept(event, m -> m.events());
        assertThat(System.nanoTime() - start).as("catastrophic backtracking").isLessThan(5_000_000_000L);
    }

    @Test
    void base64ModifiersOnANumberCompile() {
        String rule = """
                title: number
                logsource: {product: aws, service: cloudtrail}
                detection:
                  sel: {eventName|base64offset|contains: 8, eventSource|base64: 12}
                  condition: sel
                """;
        assertThat(check(rule).outcomes()).isNotEmpty();
    }
}
