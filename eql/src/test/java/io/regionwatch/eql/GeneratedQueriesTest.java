package io.regionwatch.eql;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Grammar-shaped random queries (seeded, so reproducible) over events with missing, multi-valued
 * and mixed-type fields: every query either reports diagnostics or compiles and runs, in batch and
 * streaming, without an exception.
 */
class GeneratedQueriesTest {
    private static final String[] FIELDS = {"a.b", "x", "?y", "`q-f`", "event.category", "s"};
    private static final String[] LITERALS = {"\"a\"", "\"v1\"", "\"*\"", "\"\"", "1", "0", "-3", "2.5", "null", "true",
        "false", "\"10.0.0.0/8\"", "\"x*\""};
    private static final String[] FUNCTIONS = {"length(%s)", "between(%s, \"v\", \"1\")", "between~(%s, %s, %s, true)",
        "substring(%s, %s)", "substring(%s, -2, %s)", "concat(%s, %s)", "number(%s)", "number(%s, 16)",
        "indexOf(%s, %s)", "indexOf~(%s, %s, %s)", "cidrMatch(%s, \"10.0.0.0/8\")", "startsWith~(%s, %s)",
        "endsWith(%s, %s)", "stringContains(%s, %s)", "add(%s, %s)", "divide(%s, %s)", "modulo(%s, %s)", "string(%s)"};
    private static final String[] OPS = {"==", "!=", "<", "<=", ">", ">=", ":", "like", "like~", "regex", "regex~",
        "in", "in~", "not in"};
    private static final String[] PATTERNS = {"\"a*\"", "\"v?\"", "\"[a-z]+\"", "\"@\"", "\"\\\"v1\\\"\"", "\".*\"",
        "\"x{1,2}\""};
    private final Random random = new Random(1128);

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String value(int depth) {
        return switch (depth > 2 ? random.nextInt(2) : random.nextInt(5)) {
            case 0 -> pick(FIELDS);
            case 1 -> pick(LITERALS);
            case 2 -> String.format(pick(FUNCTIONS), value(depth + 1), value(depth + 1), value(depth + 1));
            case 3 -> value(depth + 1) + " " + "+-*/%".charAt(random.nextInt(5)) + " " + pick(LITERALS);
            default -> "-" + pick(FIELDS);
        };
    }

    private String comparison(int depth) {
        String op = pick(OPS);
        String left = random.nextBoolean() ? pick(FIELDS) : value(depth);
        if (op.contains("in")) {
            return left + " " + op + " (" + pick(LITERALS) + ", " + pick(LITERALS) + ")";
        }
        if (op.equals(":") || op.startsWith("like") || op.startsWith("regex")) {
            return left + " " + op + " " + (random.nextBoolean() ? pick(PATTERNS)
                    : "(" + pick(PATTERNS) + ", " + pick(PATTERNS) + ")");
        }
        return left + " " + op + " " + pick(LITERALS);
    }

    private String condition(int depth) {
        return switch (depth > 3 ? 0 : random.nextInt(6)) {
            case 1 -> condition(depth + 1) + " and " + condition(depth + 1);
            case 2 -> condition(depth + 1) + " or " + condition(depth + 1);
            case 3 -> "not " + condition(depth + 1);
            case 4 -> "(" + condition(depth + 1) + ")";
            case 5 -> pick(FIELDS);
            default -> comparison(depth);
        };
    }

    private String filter() {
        return pick(new String[] {"any", "process", "file"}) + " where " + condition(0);
    }

    private String query() {
        String by = random.nextBoolean() ? " by a.b" : " by ?x";
        switch (random.nextInt(4)) {
            case 0:
                return filter() + (random.nextBoolean() ? " | head 3" : "") + (random.nextBoolean() ? " | tail 2" : "");
            case 1:
                return "sample" + by + " [" + filter() + "] [" + filter() + "]";
            default:
                StringBuilder q = new StringBuilder("sequence" + by + " with maxspan=5s");
                for (int i = 2 + random.nextInt(3); i > 0; i--) {
                    q.append(random.nextInt(5) == 0 ? " ![" : " [").append(filter()).append(']');
                    q.append(random.nextInt(4) == 0 ? " with runs=2" : "");
                }
                return random.nextBoolean() ? q + " until [" + filter() + "]" : q.toString();
        }
    }

    private static List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Map<String, Object> doc = new HashMap<>();
            doc.put("@timestamp", 1_700_000_000_000L + i * 1000L);
            doc.put("event", Map.of("category", i % 2 == 0 ? "process" : List.of("file", "x")));
            doc.put("a", Map.of("b", i % 3 == 0 ? List.of("x", "10.1.2.3") : "v" + (i % 5)));
            if (i % 4 != 0) {
                doc.put("x", (long) (i % 7));
            }
            doc.put("q-f", i % 2 == 0 ? (Object) 2.5 : (Object) Boolean.TRUE);
            events.add(new Event(doc, Origin.UNKNOWN));
        }
        return events;
    }

    @Test
    void everyGeneratedQueryReportsDiagnosticsOrRuns() throws Exception {
        List<Event> events = events();
        for (int i = 0; i < 3000; i++) {
            String text = query();
            try {
                CompiledEql compiled = Eql.parse(text, "gen").compile(EqlOptions.defaults());
                compiled.execute(events);
                events.forEach(e -> compiled.accept(e, m -> { }));
                compiled.finish(m -> { });
            } catch (DiagnosticException expected) {
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("failed on: " + text, e);
            }
        }
    }
}
