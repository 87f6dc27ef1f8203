package io.regionwatch.sigma.pipeline;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.sigma.load.Nodes;
import io.regionwatch.sigma.load.Problems;
import io.regionwatch.sigma.load.YamlReader;
import io.regionwatch.sigma.model.LogSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** The set of field-mapping pipelines, looked up by a rule's log source. */
public final class Pipelines {
    private static final String BASE = "/io/regionwatch/sigma/pipeline/";
    private final List<FieldMappingPipeline> pipelines;

    public Pipelines(List<FieldMappingPipeline> pipelines) {
        this.pipelines = List.copyOf(pipelines);
    }

    /** The pipelines shipped as resources; a broken resource is a build defect, so it throws. */
    public static Pipelines builtin() {
        try {
            List<FieldMappingPipeline> out = new ArrayList<>();
            Problems index = new Problems(BASE + "index.yml");
            for (Node doc : YamlReader.readAll(resource("index.yml"), index)) {
                Map<String, NodeTuple> map = Nodes.map(doc, "index", index);
                for (String file : Nodes.strings(map.get("pipelines").getValueNode(), "pipelines", index)) {
                    out.add(parse(resource(file), BASE + file));
                }
            }
            if (index.hasErrors()) {
                throw new DiagnosticException(index.list());
            }
            return new Pipelines(out);
        } catch (DiagnosticException e) {
            throw new IllegalStateException("built-in Sigma pipelines are invalid:\n" + e.getMessage(), e);
        }
    }

    private static String resource(String file) {
        try (InputStream in = Pipelines.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one pipeline document (also for user-supplied pipelines), reporting every problem. */
    public static FieldMappingPipeline parse(String text, String source) throws DiagnosticException {
        Problems problems = new Problems(source);
        List<Node> docs = YamlReader.readAll(text, problems);
        Map<String, NodeTuple> map = docs.size() == 1 ? Nodes.map(docs.get(0), "pipeline", problems) : null;
        if (map == null && !problems.hasErrors()) {
            problems.error(problems.span((Node) null), "a pipeline file holds exactly one YAML document");
        }
        if (problems.hasErrors()) {
            throw new DiagnosticException(problems.list());
        }
        String name = map.containsKey("name") ? Nodes.string(map.get("name").getValueNode(), "name", problems) : source;
        Map<String, String> logSource = strings(map, "logsource", problems);
        Map<String, String> conditions = strings(map, "conditions", problems);
        Map<String, String> fields = strings(map, "fields", problems);
        List<String> passthrough = map.containsKey("passthrough")
                ? Nodes.strings(map.get("passthrough").getValueNode(), "passthrough", problems) : List.of();
        if (logSource.isEmpty()) {
            problems.error(docs.get(0), "pipeline needs a non-empty 'logsource'");
        }
        if (problems.hasErrors()) {
            throw new DiagnosticException(problems.list());
        }
        return new FieldMappingPipeline(name, logSource, conditions, fields, passthrough);
    }

    private static Map<String, String> strings(Map<String, NodeTuple> map, String key, Problems problems) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!map.containsKey(key)) {
            return out;
        }
        Map<String, NodeTuple> entries = Nodes.map(map.get(key).getValueNode(), key, problems);
        if (entries != null) {
            entries.forEach((k, t) -> out.put(k, Nodes.string(t.getValueNode(), key + "." + k, problems)));
        }
        return out;
    }

    /** These pipelines with {@code first} consulted before them, so a user's table overrides a built-in one. */
    public Pipelines withFirst(FieldMappingPipeline first) {
        List<FieldMappingPipeline> out = new ArrayList<>();
        out.add(first);
        out.addAll(pipelines);
        return new Pipelines(out);
    }

    /** The first pipeline whose log source is the rule's. */
    public Optional<FieldMappingPipeline> forLogSource(LogSource source) {
        return pipelines.stream().filter(p -> p.appliesTo(source)).findFirst();
    }

    public List<FieldMappingPipeline> all() {
        return pipelines;
    }
}
