package io.regionwatch.ingest.normalize.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reproduces what Elastic's pipeline sees after its JSON processor and its "drop null/empty values"
 * script: {@code HashMap}s and {@code ArrayList}s with null, "" and emptied containers removed.
 * Building HashMaps with every original key before removing keeps their capacity, so
 * {@code toString()} lists keys in the very order Elastic's {@code request_parameters} strings show.
 */
final class PainlessView {
    private PainlessView() {
    }

    /** A cleaned copy of {@code value}, or null when Elastic would drop it entirely. */
    static Object of(Object value) {
        Object copy = copy(value);
        return drop(copy) ? null : copy;
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new HashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }

    private static boolean drop(Object o) {
        if (o == null || "".equals(o)) {
            return true;
        }
        if (o instanceof Map<?, ?> map) {
            map.values().removeIf(PainlessView::drop);
            return map.isEmpty();
        }
        if (o instanceof List<?> list) {
            list.removeIf(PainlessView::drop);
            return list.isEmpty();
        }
        return false;
    }
}
