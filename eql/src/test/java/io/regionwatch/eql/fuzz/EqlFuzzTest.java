package io.regionwatch.eql.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.eql.Eql;
import io.regionwatch.eql.EqlQuery;
import io.regionwatch.eql.lex.Lexer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule text comes from the internet: whatever the bytes, the lexer, parser, verifier and compiler
 * either accept the query or report diagnostics, and an accepted query runs over events without
 * throwing. Regression inputs live in {@code EqlFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class EqlFuzzTest {
    private static final List<Event> EVENTS = List.of(
            event(1, "process", "cmd.exe", "a"), event(2, "network", "C:\\x\\y", "a"),
            event(3, "process", null, "b"), event(4, "file", "héllo*?", "a"));

    private static Event event(long ts, String category, String name, String user) {
        Map<String, Object> process = new java.util.HashMap<>();
        process.put("name", name);
        process.put("pid", ts * 7);
        process.put("args", List.of("-x", "y"));
        return new Event(Map.of("@timestamp", ts, "event", Map.of("category", category),
                "process", process, "user", Map.of("name", user), "source", Map.of("ip", "10.0.0." + ts)),
                new Origin("fuzz", ts, ts));
    }

    @FuzzTest(maxDuration = "60s")
    void lexer(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        new Lexer(text, "fuzz", 1, 1, new ArrayList<>()).tokenize();
    }

    @DictionaryEntries({"process where ", "any where ", "sequence by ", "sample by ", " with maxspan=5s ", " until ", "[", "]", "![", " and ", " or ", " not ", " in~ (", " : ", " like~ ", " regex~ ", "==", "!=", ">=", "\"\"\"", "| head 1", "| tail 2", "cidrMatch(", "substring(", "length(", "between(", "concat(", "indexOf(", "startsWith~(", "add(", "modulo(", "process.name", "user.name", "?x.y", "`a b`", "null", "true", " with runs=2"})
    @FuzzTest(maxDuration = "60s")
    void parseCompileRun(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        EqlQuery query;
        try {
            query = Eql.parse(text, "fuzz");
        } catch (DiagnosticException expected) {
            return;
        }
        query.compile(io.regionwatch.eql.EqlOptions.defaults()).execute(EVENTS);
    }
}
