package io.regionwatch.rules.export;

import io.regionwatch.rules.export.Filter.Leaf;
import io.regionwatch.rules.export.Filter.Op;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * ECS field name to the raw field of one log source, read from the sigma module's pipeline
 * resources in reverse (so the export and the Sigma loader cannot drift apart), plus the few
 * value-level rewrites in {@code reverse-fields.yml}. An ECS field with no raw name keeps its ECS
 * name, which every regionwatch pipeline accepts as written.
 */
final class FieldReverser {
    private static final String PIPELINES = "/io/regionwatch/sigma/pipeline/";
    private final String dataset;
    private final Map<String, String> exact = new LinkedHashMap<>();
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, String>>> values = new LinkedHashMap<>();
    private final Map<String, String> logSource = new LinkedHashMap<>();

    private FieldReverser(String dataset) {
        this.dataset = dataset;
    }

    /** The reverser for {@code aws.cloudtrail}, {@code azure.activitylogs} or {@code gcp.audit}. */
    @SuppressWarnings("unchecked")
    static FieldReverser forDataset(String dataset) {
        FieldReverser r = new FieldReverser(dataset);
        Map<String, Object> extra = (Map<String, Object>) ((Map<String, Object>) yaml("/io/regionwatch/rules/export/reverse-fields.yml"))
                .get(dataset);
        if (extra == null) {
            throw new IllegalArgumentException("no Sigma log source for dataset " + dataset);
        }
        r.logSource.put("product", (String) extra.get("product"));
        r.logSource.put("service", (String) extra.get("service"));
        ((Map<String, String>) extra.getOrDefault("prefer", Map.of())).forEach(r.exact::put);
        r.values.putAll((Map<String, Map<String, Map<String, String>>>) extra.getOrDefault("values", Map.of()));
        for (Object file : (List<Object>) ((Map<String, Object>) yaml(PIPELINES + "index.yml")).get("pipelines")) {
            Map<String, Object> p = (Map<String, Object>) yaml(PIPELINES + file);
            if (r.logSource.equals(p.get("logsource"))) {
                ((Map<String, String>) p.get("fields")).forEach(r::add);
            }
        }
        return r;
    }

    private void add(String sigma, String ecs) {
        if (sigma.endsWith(".*") && ecs.endsWith(".*")) {
            prefixes.putIfAbsent(ecs.substring(0, ecs.length() - 1), sigma.substring(0, sigma.length() - 1));
        } else {
            exact.putIfAbsent(ecs, sigma);
        }
    }

    String dataset() {
        return dataset;
    }

    /** Sigma {@code logsource}: product and service. */
    Map<String, String> logSource() {
        return logSource;
    }

    /** The raw name of an ECS field (its ECS name when it has none). */
    String raw(String ecs) {
        String hit = exact.get(ecs);
        if (hit != null) {
            return hit;
        }
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (ecs.startsWith(p.getKey())) {
                return p.getValue() + ecs.substring(p.getKey().length());
            }
        }
        return ecs;
    }

    /** The leaf over raw fields: a value-level rewrite when one is listed, else a rename. */
    Filter rewrite(Leaf leaf) {
        Map<String, Map<String, String>> byValue = values.get(leaf.field());
        Map<String, String> to = byValue == null || leaf.op() != Op.MATCH || leaf.values().size() != 1 ? null
                : byValue.get(String.valueOf(leaf.values().get(0)));
        if (to != null) {
            return new Leaf(to.get("field"), Op.valueOf(to.get("op").toUpperCase(java.util.Locale.ROOT)), List.of());
        }
        return leaf.withField(raw(leaf.field()));
    }

    private static Object yaml(String resource) {
        try (InputStream in = FieldReverser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            return new Load(LoadSettings.builder().build()).loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
