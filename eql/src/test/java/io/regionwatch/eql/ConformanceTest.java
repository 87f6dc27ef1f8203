package io.regionwatch.eql;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Elasticsearch's EQL conformance suite (test_queries.toml over the 102 Endgame events): every
 * active query must return exactly the expected event ids, in order.
 */
class ConformanceTest {
    /** Queries we knowingly answer differently, with the reason; empty means full conformance. */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    private static final EqlOptions OPTIONS = EqlOptions.defaults()
            .timestampField("timestamp")
            .numericTimestamps(TimestampUnit.FILETIME)
            .tiebreakerField("serial_event_id")
            .categoryField("event_type");

    @TestFactory
    Stream<DynamicTest> everyActiveQueryReturnsTheExpectedIds() throws IOException {
        Path dir = sharedDir();
        List<Event> events = events(dir.resolve("test_data.json"));
        TomlParseResult toml = Toml.parse(dir.resolve("test_queries.toml"));
        assertThat(toml.errors()).isEmpty();
        TomlArray queries = toml.getArrayOrEmpty("queries");
        assertThat(queries.size()).isEqualTo(133);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            TomlTable q = queries.getTable(i);
            tests.add(DynamicTest.dynamicTest(q.getString("name"), () -> check(q, events)));
            tests.add(DynamicTest.dynamicTest(q.getString("name") + " (streaming)", () -> checkStreaming(q, events)));
        }
        return tests.stream();
    }

    /**
     * The streaming Detection must find the same results as the batch run when fed in time order;
     * sequences complete out of start order, so they are compared as a set unless a pipe makes
     * order matter (then streaming legitimately keeps different ones and the check is skipped).
     */
    private static void checkStreaming(TomlTable q, List<Event> events) throws Exception {
        EqlQuery query = Eql.parse(q.getString("query"), "<conformance>");
        boolean ordered = !query.isSequence();
        Assumptions.assumeTrue(ordered || query.statement().pipes().isEmpty(), "sequence with pipes: order-dependent");
        CompiledEql compiled = query.compile(OPTIONS);
        List<List<Event>> batch = compiled.execute(events);
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparing((Event e) -> ((Number) e.get("timestamp")).longValue())
                .thenComparing(e -> ((Number) e.get("serial_event_id")).longValue()));
        List<List<Event>> streamed = new ArrayList<>();
        sorted.forEach(e -> compiled.accept(e, m -> streamed.add(m.events())));
        compiled.finish(m -> streamed.add(m.events()));
        if (ordered) {
            assertThat(streamed).isEqualTo(batch);
        } else {
            assertThat(streamed).containsExactlyInAnyOrderElementsOf(batch);
        }
    }

    private static void check(TomlTable q, List<Event> events) throws Exception {
        String name = q.getString("name");
        List<Long> expected = new ArrayList<>();
        TomlArray ids = q.getArrayOrEmpty("expected_event_ids");
        for (int i = 0; i < ids.size(); i++) {
            expected.add(ids.getLong(i));
        }
        List<Long> actual = run(q.getString("query"), events);
        String known = KNOWN_DIFFERENCES.get(name);
        if (known != null) {
            assertThat(actual).as("%s now passes; remove it from KNOWN_DIFFERENCES", name).isNotEqualTo(expected);
            Assumptions.abort("known difference: " + known);
        }
        assertThat(actual).as(name + ": " + q.getString("query")).isEqualTo(expected);
    }

    private static List<Long> run(String text, List<Event> events) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (List<Event> result : Eql.parse(text, "<conformance>").compile(OPTIONS).execute(events)) {
            for (Event e : result) {
                ids.add(((Number) e.get("serial_event_id")).longValue());
            }
        }
        return ids;
    }

    static Path sharedDir() {
        String shared = System.getProperty("regionwatch.shared");
        Path dir = shared == null ? null : Path.of(shared, "data", "public", "eql-conformance");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "EQL conformance data not found under ${regionwatch.shared}/data/public/eql-conformance; skipping");
        return dir;
    }

    static List<Event> events(Path json) throws IOException {
        List<Map<String, Object>> docs = JsonMapper.builder().build()
                .readValue(json.toFile(), new TypeReference<List<Map<String, Object>>>() { });
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            events.add(new Event(docs.get(i), new Origin(json.getFileName().toString(), 0, i)));
        }
        return events;
    }
}
