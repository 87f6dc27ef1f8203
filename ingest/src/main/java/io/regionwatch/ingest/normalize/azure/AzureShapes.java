package io.regionwatch.ingest.normalize.azure;

import io.regionwatch.ingest.normalize.Fields;
import io.regionwatch.ingest.read.JsonText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rewrites the two other Azure Activity shapes to the Event Hub / storage record shape the mapping
 * expects: Log Analytics {@code AzureActivity} rows (PascalCase columns, JSON held in strings) and
 * REST / portal objects ({@code {value, localizedValue}} pairs, {@code eventTimestamp}).
 */
final class AzureShapes {
    private final JsonText json;

    AzureShapes(JsonText json) {
        this.json = json;
    }

    Map<String, Object> canonical(Map<String, Object> record) {
        if (record.containsKey("OperationNameValue") || record.containsKey("TimeGenerated")) {
            return fromLogAnalytics(record);
        }
        if (record.containsKey("eventTimestamp") && record.get("operationName") instanceof Map) {
            return fromRest(record);
        }
        if (record.get("properties") instanceof String) {
            // some storage exports hold properties as JSON text
            Map<String, Object> copy = new LinkedHashMap<>(record);
            copy.put("properties", embedded(record, record.get("properties"), "properties"));
            return copy;
        }
        return record;
    }

    private Map<String, Object> fromLogAnalytics(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "time", first(row, "TimeGenerated", "EventSubmissionTimestamp"));
        put(out, "operationName", first(row, "OperationNameValue", "OperationName"));
        put(out, "resultType", first(row, "ActivityStatusValue", "ActivityStatus"));
        put(out, "resultSignature", first(row, "ActivitySubstatusValue", "ActivitySubstatus"));
        put(out, "category", first(row, "CategoryValue", "Category"));
        put(out, "caller", row.get("Caller"));
        put(out, "callerIpAddress", row.get("CallerIpAddress"));
        put(out, "correlationId", row.get("CorrelationId"));
        put(out, "resourceId", first(row, "_ResourceId", "ResourceId"));
        put(out, "subscriptionId", first(row, "SubscriptionId", "_SubscriptionId"));
        put(out, "level", row.get("Level"));
        put(out, "eventDataId", row.get("EventDataId"));
        put(out, "properties", embedded(row, first(row, "Properties_d", "Properties"), "Properties"));
        Map<String, Object> identity = new LinkedHashMap<>();
        put(identity, "claims", embedded(row, first(row, "Claims_d", "Claims"), "Claims"));
        put(identity, "authorization", embedded(row, first(row, "Authorization_d", "Authorization"), "Authorization"));
        if (!identity.isEmpty()) {
            out.put("identity", identity);
        }
        return out;
    }

    private Map<String, Object> fromRest(Map<String, Object> rest) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "time", rest.get("eventTimestamp"));
        put(out, "operationName", value(rest, "operationName"));
        put(out, "resultType", value(rest, "status"));
        put(out, "resultSignature", value(rest, "subStatus"));
        put(out, "category", value(rest, "category"));
        put(out, "caller", rest.get("caller"));
        put(out, "callerIpAddress", Fields.path(rest, "httpRequest", "clientIpAddress"));
        put(out, "correlationId", rest.get("correlationId"));
        put(out, "resourceId", rest.get("resourceId"));
        put(out, "subscriptionId", rest.get("subscriptionId"));
        put(out, "tenantId", rest.get("tenantId"));
        put(out, "level", rest.get("level"));
        put(out, "eventDataId", rest.get("eventDataId"));
        put(out, "properties", rest.get("properties"));
        Map<String, Object> identity = new LinkedHashMap<>();
        put(identity, "claims", rest.get("claims"));
        put(identity, "authorization", rest.get("authorization"));
        if (!identity.isEmpty()) {
            out.put("identity", identity);
        }
        return out;
    }

    /** The {@code value} of a REST {@code {value, localizedValue}} pair (or a plain string). */
    private static Object value(Map<String, Object> rest, String key) {
        Object v = rest.get(key);
        return v instanceof Map<?, ?> pair ? pair.get("value") : v;
    }

    /** Log Analytics exports hold dynamic columns as JSON strings; objects are taken as they are. */
    private Object embedded(Map<String, Object> row, Object value, String column) {
        if (!(value instanceof String s) || s.isBlank()) {
            return value;
        }
        try {
            return json.parse(s);
        } catch (IllegalArgumentException e) {
            throw Fields.wrongType(column, "JSON text or an object (" + e.getMessage() + ")", s);
        }
    }

    private static Object first(Map<String, Object> row, String a, String b) {
        Object v = row.get(a);
        return v == null || "".equals(v) ? row.get(b) : v;
    }

    private static void put(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
