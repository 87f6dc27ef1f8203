package io.regionwatch.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.rules.load.RuleContext;
import io.regionwatch.rules.load.RuleLoader;
import org.junit.jupiter.api.Test;

/** Rule TOML with keys of the wrong kind or hostile sizes ends in diagnostics (exit 65), never a crash. */
class TomlRuleLimitsTest {
    private static final String RULE = """
            [rule]
            rule_id = "6a0e0f53-5e43-4a0b-9d1c-3f7b2c8d9e41"
            name = "n"
            description = "d"
            type = "eql"
            language = "eql"
            severity = "low"
            risk_score = 21
            query = '''%s'''
            %s
            """;

    private static void diagnostic(String text) {
        assertThatThrownBy(() -> RuleLoader.standard(RuleContext.defaults()).loadText("r.toml", text))
                .isInstanceOf(DiagnosticException.class);
    }

    @Test
    void threatAsATableInsteadOfAnArrayIsADiagnostic() {
        diagnostic(RULE.formatted("any where true", "threat = {framework = \"MITRE ATT&CK\"}"));
    }

    @Test
    void wrongKindsEverywhereAreDiagnostics() {
        diagnostic(RULE.formatted("any where true", "threshold = 5\nnew_terms = [1]\nalert_suppression = \"x\""));
        diagnostic("rule = 5\n");
        diagnostic(RULE.formatted("any where true", "exceptions_list = [1, 2]"));
    }

    @Test
    void hostileQueriesInARuleAreDiagnostics() {
        diagnostic(RULE.formatted("any where " + "(".repeat(10_000) + "true" + ")".repeat(10_000), ""));
    }

    @Test
    void threatWithoutATacticIsADiagnostic() {
        diagnostic(RULE.formatted("any where true", "[[rule.threat]]\nframework = \"MITRE ATT&CK\""));
    }

    @Test
    void newTermsWithoutFieldsIsADiagnostic() {
        String rule = RULE.formatted("event.action:*", "[rule.new_terms]\nfield = \"new_terms_fields\"\nvalue = []\n"
                + "[[rule.new_terms.history_window_start]]\nfield = \"history_window_start\"\nvalue = \"now-7d\"")
                .replace("type = \"eql\"\nlanguage = \"eql\"", "type = \"new_terms\"\nlanguage = \"kuery\"");
        diagnostic(rule);
    }
}
