package io.regionwatch.eql.compile;

import io.regionwatch.core.event.FieldPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the distinct fields a script reads, so evaluation indexes an array instead of a map. */
final class Slots {
    private final Map<String, Integer> byName = new HashMap<>();
    private final List<FieldPath> paths = new ArrayList<>();

    int slot(String name) {
        return byName.computeIfAbsent(name, n -> {
            paths.add(FieldPath.of(n));
            return paths.size() - 1;
        });
    }

    List<FieldPath> paths() {
        return paths;
    }
}
