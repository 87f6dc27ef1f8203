package io.regionwatch.core.event;

import java.util.LinkedHashMap;
import java.util.Map;

/** Operations on nested JSON-like documents. */
public final class Documents {
    private Documents() {
    }

    /**
     * Copies {@code source} into {@code target}: nested maps are merged (and copied, so neither
     * argument's inner maps are shared or changed), leaves from {@code source} win.
     */
    @SuppressWarnings("unchecked") // documents are String-keyed maps by construction
    public static void deepMerge(Map<String, Object> target, Map<String, Object> source) {
        for (Map.Entry<String, Object> e : source.entrySet()) {
            Object existing = target.get(e.getKey());
            if (e.getValue() instanceof Map) {
                Map<String, Object> copy = existing instanceof Map
                        ? new LinkedHashMap<>((Map<String, Object>) existing) : new LinkedHashMap<>();
                deepMerge(copy, (Map<String, Object>) e.getValue());
                target.put(e.getKey(), copy);
            } else {
                target.put(e.getKey(), e.getValue());
            }
        }
    }
}
