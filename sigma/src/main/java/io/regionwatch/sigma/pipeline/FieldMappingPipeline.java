package io.regionwatch.sigma.pipeline;

import io.regionwatch.sigma.model.LogSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One log source's mapping: exact names first, then a case-insensitive match (Azure rules spell
 * the same column several ways), then subtree prefixes ({@code requestParameters.*}), then ECS
 * names accepted as written. Anything else is unmapped and the caller reports it.
 */
public final class FieldMappingPipeline {
    private final String name;
    private final Map<String, String> logSource;
    private final Map<String, String> conditions;
    private final Map<String, String> exact;
    private final Map<String, String> folded = new HashMap<>();
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final List<String> passthrough;

    FieldMappingPipeline(String name, Map<String, String> logSource, Map<String, String> conditions,
            Map<String, String> fields, List<String> passthrough) {
        this.name = name;
        this.logSource = Map.copyOf(logSource);
        this.conditions = new LinkedHashMap<>(conditions);
        this.exact = new LinkedHashMap<>();
        fields.forEach((sigma, ecs) -> {
            if (sigma.endsWith(".*") && ecs.endsWith(".*")) {
                prefixes.put(sigma.substring(0, sigma.length() - 1), ecs.substring(0, ecs.length() - 1));
            } else {
                exact.put(sigma, ecs);
                folded.putIfAbsent(sigma.toLowerCase(Locale.ROOT), ecs);
            }
        });
        this.passthrough = List.copyOf(passthrough);
    }

    public String name() {
        return name;
    }

    /** True when the rule's log source names exactly this pipeline's product, service and category. */
    public boolean appliesTo(LogSource source) {
        return same(logSource.get("product"), source.product())
                && same(logSource.get("service"), source.service())
                && same(logSource.get("category"), source.category());
    }

    private static boolean same(String mine, String theirs) {
        return mine == null ? theirs == null : mine.equalsIgnoreCase(theirs);
    }

    /** ECS field name to value that every event of this log source carries (ANDed before the rule). */
    public Map<String, String> conditions() {
        return java.util.Collections.unmodifiableMap(conditions);
    }

    /** The ECS field for a Sigma field name, or null when this pipeline does not know it. */
    public String map(String sigmaField) {
        String hit = exact.get(sigmaField);
        if (hit == null) {
            hit = folded.get(sigmaField.toLowerCase(Locale.ROOT));
        }
        if (hit != null) {
            return hit;
        }
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (sigmaField.startsWith(p.getKey()) && sigmaField.length() > p.getKey().length()) {
                return p.getValue() + sigmaField.substring(p.getKey().length());
            }
        }
        for (String prefix : passthrough) {
            if (prefix.endsWith(".") ? sigmaField.startsWith(prefix) : sigmaField.equals(prefix)) {
                return sigmaField;
            }
        }
        return null;
    }

    /** Some Sigma names this pipeline knows, for a "did you mean" list in diagnostics. */
    public List<String> knownNames() {
        List<String> out = new ArrayList<>(exact.keySet());
        prefixes.keySet().forEach(p -> out.add(p + "*"));
        return out;
    }
}
