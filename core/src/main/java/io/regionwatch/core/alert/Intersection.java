package io.regionwatch.core.alert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields two documents share with equal values: the body of a sequence's shell alert. */
final class Intersection {
    private Intersection() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : a.entrySet()) {
            Object other = b.get(e.getKey());
            if (e.getValue() instanceof Map && other instanceof Map) {
                Map<String, Object> sub = of((Map<String, Object>) e.getValue(), (Map<String, Object>) other);
                if (!sub.isEmpty()) {
                    out.put(e.getKey(), sub);
                }
            } else if (other != null && Objects.equals(e.getValue(), other)) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
