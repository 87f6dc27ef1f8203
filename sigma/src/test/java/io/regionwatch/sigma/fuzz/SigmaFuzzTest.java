package io.regionwatch.sigma.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.sigma.CompiledSigmaRule;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.condition.ConditionParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Sigma YAML from the internet: the loader reports diagnostics document by document and never
 * throws; rules it compiles evaluate events without throwing. The condition parser alone gets its
 * own target because YAML framing hides most of its input space from the fuzzer.
 */
class SigmaFuzzTest {
    /** Loading the field-mapping pipelines once keeps the fuzzer on the rule text. */
    private static final SigmaOptions OPTIONS = SigmaOptions.defaults();
    private static final List<Event> EVENTS = List.of(
            new Event(Map.of("eventSource", "ec2.amazonaws.com", "eventName", "RunInstances",
                    "awsRegion", "sa-east-1", "event", Map.of("action", "RunInstances"),
                    "cloud", Map.of("region", "sa-east-1", "provider", "aws"), "@timestamp", "2024-05-01T10:00:00Z",
                    "source", Map.of("ip", "203.0.113.7")), new Origin("fuzz", 1, 0)),
            new Event(Map.of("eventName", List.of("a", "b"), "n", 12L, "cloud", Map.of("region", 3.5)),
                    new Origin("fuzz", 2, 1)));

    @DictionaryEntries({"|contains", "|all", "|startswith", "|endswith", "|re", "|cidr", "|base64offset", "|windash", "|exists", "|gte", "|fieldref", "|expand", "|utf16le", "condition: ", "detection:", "correlation:", "logsource:", "timespan: ", "group-by:", "%placeholder%", "&a ", "*a", "!!binary ", "- "})
    @FuzzTest(maxDuration = "60s")
    void loadCompile(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (CompiledSigmaRule rule : Sigma.check(text, "fuzz.yml", OPTIONS).rules()) {
            for (Event e : EVENTS) {
                rule.detection().accept(e, m -> m.events());
            }
            rule.detection().finish(m -> m.events());
        }
    }

    @DictionaryEntries({" and ", " or ", "not ", "1 of ", "all of ", "them", "sel*", "(", ")", "|"})
    @FuzzTest(maxDuration = "60s")
    void condition(byte[] data) {
        ConditionParser.Result r = ConditionParser.parse(new String(data, StandardCharsets.UTF_8), SourceSpan.at("fuzz", 3, 12));
        if ((r.condition() == null) == (r.error() == null)) {
            throw new AssertionError("a condition or an error, exactly one: " + r);
        }
    }
}
