package io.regionwatch.core.alert;

import io.regionwatch.core.event.Event;
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
}
