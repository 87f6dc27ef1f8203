package io.regionwatch.kql.compile;

import io.regionwatch.core.match.ValueTest;
import io.regionwatch.core.match.Values;
import java.util.List;
import java.util.Map;

/** Walks every leaf value of a document, for queries on all fields or on a field-name pattern. */
final class Leaves {
    private Leaves() {
    }

    /** True when any leaf value passes {@code test}; arrays are flattened, nulls skipped. */
    static boolean any(Object node, ValueTest test) {
        if (node instanceof Map<?, ?> map) {
            for (Object child : map.values()) {
                if (any(child, test)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof List<?> list) {
            for (Object child : list) {
                if (any(child, test)) {
                    return true;
                }
            }
            return false;
        }
        return node != null && test.test(Values.normalize(node));
    }

    /** True when a leaf whose dotted name matches {@code names} has a value passing {@code test}. */
    static boolean anyNamed(Object node, String name, KqlWildcard names, ValueTest test) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (anyNamed(entry.getValue(), name.isEmpty() ? key : name + "." + key, names, test)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof List<?> list) {
            for (Object child : list) {
                if (anyNamed(child, name, names, test)) {
                    return true;
                }
            }
            return false;
        }
        return node != null && names.matches(name) && test.test(Values.normalize(node));
    }
}
