package io.regionwatch.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTest {
    private static Event event(Map<String, Object> doc) {
        return new Event(doc, new Origin("test.json", 3, 2));
    }

    @Test
    void readsNestedFields() {
        Map<String, Object> doc = new DocumentBuilder().set("cloud.region", "ap-southeast-1").set("event.outcome", "success").build();
        assertThat(event(doc).get("cloud.region")).isEqualTo("ap-southeast-1");
        assertThat(event(doc).get("cloud.account.id")).isNull();
        assertThat(event(doc).get("cloud")).isInstanceOf(Map.class);
    }

    @Test
    void readsDottedKeysAsWellAsNestedOnes() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("event.action", "RunInstances");
        doc.put("event", Map.of("outcome", "success"));
        assertThat(event(doc).get("event.action")).isEqualTo("RunInstances");
        assertThat(event(doc).get("event.outcome")).isEqualTo("success");
    }

    @Test
    void flattensArraysAndDropsNullsLikeElasticsearch() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("a", List.of(Map.of("b", 1L), Map.of("b", List.of(2L, 3L)), Map.of("c", 4L)));
        doc.put("empty", List.of());
        doc.put("nulls", Arrays.asList((Object) null));
        assertThat(event(doc).get("a.b")).isEqualTo(List.of(1L, 2L, 3L));
        assertThat(event(doc).get("empty")).isNull();
        assertThat(event(doc).get("nulls")).isNull();
        assertThat(event(doc).get("a.c")).isEqualTo(4L);
    }

    @Test
    void literalPathKeepsDotsInOneSegment() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("odd.name", "x");
        assertThat(event(doc).get(FieldPath.literal("odd.name"))).isEqualTo("x");
        assertThat(FieldPath.literal("odd.name").size()).isEqualTo(1);
        assertThat(FieldPath.of("odd.name").size()).isEqualTo(2);
    }

    @Test
    void builderDoesNotStoreNullsAndKeepsFirstValueForSetIfAbsent() {
        DocumentBuilder b = new DocumentBuilder().set("user.name", null).set("user.id", "AIDA1").setIfAbsent("user.id", "other");
        assertThat(b.build()).isEqualTo(Map.of("user", Map.of("id", "AIDA1")));
        assertThat(b.peek("user.id")).isEqualTo("AIDA1");
    }

    @Test
    void originPrintsLineWhenKnownElseIndex() {
        assertThat(new Origin("a.json", 12, 3)).hasToString("a.json:12");
        assertThat(new Origin("b.json.gz", 0, 7)).hasToString("b.json.gz#7");
    }
}
