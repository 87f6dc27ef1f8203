package io.regionwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Runs the golden cases under src/test/resources/golden (format in the README there). */
class GoldenTest {
    @TestFactory
    Stream<DynamicTest> goldenCases() throws Exception {
        Path dir = Path.of(GoldenTest.class.getResource("/golden").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(Files.readString(file))) {
                    Map<?, ?> c = (Map<?, ?>) doc;
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + c.get("name"), () -> run(c)));
                }
            }
        }
        return tests.stream();
    }

    private static void run(Map<?, ?> c) throws Exception {
        Map<String, List<String>> placeholders = new LinkedHashMap<>();
        if (c.get("placeholders") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> placeholders.put(String.valueOf(k), ((List<?>) v).stream().map(String::valueOf).toList()));
        }
        List<CompiledSigmaRule> rules = Sigma.load((String) c.get("rule"), String.valueOf(c.get("name")),
                SigmaOptions.defaults().withPlaceholders(placeholders));
        CompiledSigmaRule rule = rules.get(rules.size() - 1);
        int index = 0;
        for (Object e : (List<?>) c.get("events")) {
            Map<?, ?> step = (Map<?, ?>) e;
            List<List<Event>> hits = new ArrayList<>();
            rule.detection().accept(event((Map<?, ?>) step.get("event")), m -> hits.add(m.events()));
            assertThat(!hits.isEmpty()).as("event #%d %s", index++, step.get("event")).isEqualTo(step.get("match"));
        }
    }

    private static Event event(Map<?, ?> fields) {
        DocumentBuilder b = new DocumentBuilder();
        fields.forEach((k, v) -> b.set(String.valueOf(k), v instanceof Integer i ? (Object) i.longValue() : v));
        return b.build(Origin.UNKNOWN);
    }
}
