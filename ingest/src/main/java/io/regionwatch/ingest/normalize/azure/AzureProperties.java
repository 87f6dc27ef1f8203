package io.regionwatch.ingest.normalize.azure;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.ingest.normalize.Fields;
import io.regionwatch.ingest.read.JsonText;
import java.util.Locale;
import java.util.Map;

/**
 * {@code properties} to {@code azure.activitylogs.*}: keys snake_cased under {@code properties},
 * {@code eventCategory} to {@code event_category}, the request and response bodies (JSON strings in
 * the export) parsed to {@code request_body} / {@code response_body} objects, as Elastic's newer
 * pipeline does; a body that is not JSON stays a string.
 */
final class AzureProperties {
    record Bodies(Map<String, Object> request, Map<String, Object> response) {
    }

    private final JsonText json;

    AzureProperties(JsonText json) {
        this.json = json;
    }

    Bodies map(DocumentBuilder doc, Map<String, Object> properties) {
        String eventCategory = properties == null ? null : Fields.text(properties, "eventCategory");
        if (eventCategory == null) {
            eventCategory = properties != null && properties.containsKey("policies") ? "Policy" : "Administrative";
        }
        doc.set("azure.activitylogs.event_category", eventCategory);
        if (properties == null) {
            return new Bodies(null, null);
        }
        Map<String, Object> request = null;
        Map<String, Object> response = null;
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            if (key.isEmpty() || key.equals("eventcategory")) {
                continue; // Azure sometimes emits "":"" pairs, which Elastic deletes too
            } else if (key.equals("responsebody")) {
                response = body(doc, "response_body", e.getValue());
            } else if (key.equals("requestbody")) {
                request = body(doc, "request_body", e.getValue());
            } else {
                doc.set("azure.activitylogs.properties." + Names.snake(e.getKey()), e.getValue());
            }
        }
        doc.set("message", Fields.text(properties, "statusMessage"));
        return new Bodies(request, response);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(DocumentBuilder doc, String name, Object value) {
        Object parsed = value;
        if (value instanceof String s && s.stripLeading().startsWith("{")) {
            try {
                parsed = json.parse(s);
            } catch (IllegalArgumentException e) {
                parsed = s;
            }
        }
        doc.set("azure.activitylogs." + name, parsed);
        return parsed instanceof Map ? (Map<String, Object>) parsed : null;
    }
}
