package io.regionwatch.kql.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.kql.Kql;
import io.regionwatch.kql.KqlOptions;
import io.regionwatch.kql.KqlQuery;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** KQL from rules off the internet: parsed and compiled, or diagnostics; a compiled query evaluates without throwing. */
class KqlFuzzTest {
    private static final List<Event> EVENTS = List.of(
            new Event(Map.of("event", Map.of("action", "RunInstances"), "cloud", Map.of("region", "sa-east-1"),
                    "source", Map.of("ip", "203.0.113.7"), "@timestamp", "2024-05-01T10:00:00Z",
                    "tags", List.of("a", "b*")), Origin.UNKNOWN),
            new Event(Map.of("event", Map.of("action", 42L), "nested", List.of(Map.of("x", 1L), Map.of("x", "y"))),
                    Origin.UNKNOWN));

    @DictionaryEntries({" and ", " or ", " not ", ":", "(", ")", "{", "}", "*", "\"", ">=", "<", "event.action", "cloud.region", "nested", "@timestamp", "now-1d", "\\"})
    @FuzzTest(maxDuration = "60s")
    void parseCompile(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Matcher matcher;
        try {
            KqlQuery query = Kql.parse(text, "fuzz");
            query.fieldsReferenced();
            matcher = query.compile(KqlOptions.defaults());
        } catch (DiagnosticException expected) {
            return;
        }
        EVENTS.forEach(matcher::matches);
    }
}
