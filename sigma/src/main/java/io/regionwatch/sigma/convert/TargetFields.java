package io.regionwatch.sigma.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A target's own names for Sigma's raw log-source fields, read from a YAML resource (field mapping
 * is data): per pipeline name, a {@code source} (index, table or source type), exact {@code fields}
 * and {@code prefixes} (a Sigma prefix such as {@code requestParameters.} to a template with
 * {@code {}} for the rest of the name).
 */
final class TargetFields {
    private final Map<String, Map<String, Object>> byPipeline;

    @SuppressWarnings("unchecked")
    private TargetFields(Map<String, Object> yaml) {
        this.byPipeline = new LinkedHashMap<>();
        yaml.forEach((k, v) -> byPipeline.put(k, (Map<String, Object>) v));
    }

    static TargetFields load(String resource) {
        try (InputStream in = TargetFields.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            @SuppressWarnings("unchecked")
            Map<String, Object> yaml = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
            return new TargetFields(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index, table or source type for a pipeline, or null when the target has none for it. */
    String source(String pipeline) {
        Map<String, Object> p = byPipeline.get(pipeline);
        return p == null ? null : (String) p.get("source");
    }

    /** The target name for a Sigma field; {@code fallback} when the table does not list it. */
    @SuppressWarnings("unchecked")
    String field(String pipeline, String sigmaField, String fallback) {
        Map<String, Object> p = byPipeline.get(pipeline);
        if (p == null) {
            return null;
        }
        Map<String, String> fields = (Map<String, String>) p.getOrDefault("fields", Map.of());
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (f.getKey().equalsIgnoreCase(sigmaField)) {
                return f.getValue();
            }
        }
        Map<String, String> prefixes = (Map<String, String>) p.getOrDefault("prefixes", Map.of());
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            if (sigmaField.startsWith(e.getKey()) && sigmaField.length() > e.getKey().length()) {
                return e.getValue().replace("{}", sigmaField.substring(e.getKey().length()));
            }
        }
        return fallback;
    }
}
