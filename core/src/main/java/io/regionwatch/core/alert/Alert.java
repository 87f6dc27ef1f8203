package io.regionwatch.core.alert;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Documents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One alert: its deterministic id, the rule that raised it, the events behind it, and the full
 * document in Elastic's {@code .alerts-security} shape that sinks write.
 */
public record Alert(String uuid, String ruleId, String ruleName, List<Event> events, Map<String, Object> document) {
    public Alert {
        events = List.copyOf(events);
    }

    /** A copy with {@code fields} merged into the document (fields win). */
    public Alert with(Map<String, Object> fields) {
        Map<String, Object> doc = new LinkedHashMap<>(document);
        Documents.deepMerge(doc, fields);
        return new Alert(uuid, ruleId, ruleName, events, doc);
    }
}
