package io.regionwatch.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventLookupTest {
    private static Event event(Map<String, Object> doc) {
        return new Event(doc, Origin.UNKNOWN);
    }

    @Test
    void readsNestedFlatAndMixedDottedKeys() {
        Map<String, Object> doc = new HashMap<>();
        doc.put("cloud", Map.of("region", "eu-west-3"));
        doc.put("event.action", "RunInstances");
        doc.put("a", Map.of("b.c", 1L));
        Event e = event(doc);
        assertThat(e.get("cloud.region")).isEqualTo("eu-west-3");
        assertThat(e.get("event.action")).isEqualTo("RunInstances");
        assertThat(e.get("a.b.c")).isEqualTo(1L);
        assertThat(e.get("cloud")).isEqualTo(Map.of("region", "eu-west-3"));
        assertThat(e.get("cloud.zone")).isNull();
    }

    @Test
    void flattensArraysAndDropsNulls() {
        Map<String, Object> doc = new HashMap<>();
        doc.put("a", List.of(Map.of("b", 1L), Map.of("b", List.of(2L, 3L))));
        doc.put("n", Arrays.asList(null, "x"));
        doc.put("empty", List.of());
        Event e = event(doc);
        assertThat(e.get("a.b")).isEqualTo(List.of(1L, 2L, 3L));
        assertThat(e.get("n")).isEqualTo("x");
        assertThat(e.get("empty")).isNull();
    }

    @Test
    void fieldPathJoinsSubRanges() {
        FieldPath p = FieldPath.of("a.b.c");
        assertThat(p.joined(0, 3)).isEqualTo("a.b.c");
        assertThat(p.joined(1, 3)).isEqualTo("b.c");
        assertThat(p.joined(2, 3)).isEqualTo("c");
        assertThat(FieldPath.literal("x.y").joined(0, 1)).isEqualTo("x.y");
    }
}
