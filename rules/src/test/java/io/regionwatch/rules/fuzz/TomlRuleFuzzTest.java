package io.regionwatch.rules.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.rules.load.RuleContext;
import io.regionwatch.rules.load.RuleLoader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** detection-rules TOML from the internet: a rule or diagnostics, and a loaded rule evaluates without throwing. */
class TomlRuleFuzzTest {
    private static final Event EVENT = new Event(Map.of("event", Map.of("action", "RunInstances", "outcome", "success"),
            "cloud", Map.of("region", "sa-east-1", "provider", "aws", "account", Map.of("id", "1")),
            "@timestamp", "2024-05-01T10:00:00Z"), new Origin("fuzz", 1, 0));

    @FuzzTest(maxDuration = "60s")
    void loadRule(byte[] data) {
        Rule rule;
        try {
            rule = RuleLoader.standard(RuleContext.defaults()).loadText("fuzz.toml", new String(data, StandardCharsets.UTF_8));
        } catch (DiagnosticException expected) {
            return;
        }
        rule.detection().accept(EVENT, m -> m.events());
        rule.detection().finish(m -> m.events());
    }
}
