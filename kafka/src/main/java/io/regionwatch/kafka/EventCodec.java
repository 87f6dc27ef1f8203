package io.regionwatch.kafka;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Normalized events on the repartition topic and in the journal: the ECS document and where it was read. */
final class EventCodec {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private EventCodec() {
    }

    static String encode(Event event) {
        Map<String, Object> wrapper = new LinkedHashMap<>();
        wrapper.put("s", event.origin().source());
        wrapper.put("l", event.origin().line());
        wrapper.put("i", event.origin().index());
        wrapper.put("d", event.document());
        return JSON.writeValueAsString(wrapper);
    }

    @SuppressWarnings("unchecked")
    static Event decode(String json) {
        Map<String, Object> wrapper = JSON.readValue(json, MAP);
        Origin origin = new Origin((String) wrapper.get("s"), ((Number) wrapper.get("l")).longValue(),
                ((Number) wrapper.get("i")).longValue());
        return new Event((Map<String, Object>) wrapper.get("d"), origin);
    }

    static String json(Object document) {
        return JSON.writeValueAsString(document);
    }
}
