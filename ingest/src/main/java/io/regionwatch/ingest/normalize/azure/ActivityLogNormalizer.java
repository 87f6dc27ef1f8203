package io.regionwatch.ingest.normalize.azure;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.ingest.normalize.Fields;
import io.regionwatch.ingest.normalize.IpAddresses;
import io.regionwatch.ingest.normalize.Timestamps;
import io.regionwatch.ingest.read.JsonText;
import io.regionwatch.ingest.reject.InvalidRecordException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Azure Activity Log record to ECS. Follows Elastic's {@code azure.activitylogs} pipeline, with
 * our documented differences: {@code event.action} upper-cased, {@code event.outcome} also from
 * Succeeded/Failed, {@code cloud.region} from the location, {@code user.*} from {@code caller}.
 */
public final class ActivityLogNormalizer {
    private final AzureShapes shapes;
    private final AzureProperties properties;

    public ActivityLogNormalizer(JsonText json) {
        this.shapes = new AzureShapes(json);
        this.properties = new AzureProperties(json);
    }

    public Map<String, Object> normalize(Map<String, Object> raw) {
        Map<String, Object> record = shapes.canonical(raw);
        String time = Fields.text(record, "time");
        if (time == null || time.isEmpty()) {
            throw new InvalidRecordException("Azure activity record without time");
        }
        DocumentBuilder doc = new DocumentBuilder();
        doc.set("@timestamp", Timestamps.normalize("time", time));
        doc.set("event.kind", "event");
        doc.set("event.module", "azure");
        doc.set("event.dataset", "azure.activitylogs");
        doc.set("cloud.provider", "azure");
        operation(doc, record);
        common(doc, record);
        account(doc, record);
        AzureProperties.Bodies bodies = properties.map(doc, Fields.object(record, "properties"));
        AzureIdentity.map(doc, record);
        source(doc, Fields.nonEmpty(record, "callerIpAddress"));
        doc.set("geo.name", Fields.nonEmpty(record, "location"));
        doc.set("cloud.region", AzureRegions.region(record.get("location"), bodies.response(), bodies.request()));
        outcome(doc, Fields.text(record, "resultType"));
        return doc.build();
    }

    private static void operation(DocumentBuilder doc, Map<String, Object> record) {
        String operation = Fields.text(record, "operationName");
        doc.set("azure.activitylogs.operation_name", operation);
        // Azure operation names are case-insensitive and arrive in any case; rules compare upper-case
        doc.set("event.action", operation == null ? null : operation.toUpperCase(Locale.ROOT));
        String category = Fields.text(record, "category");
        doc.set("azure.activitylogs.category", category);
        String type = category == null ? null : switch (category.toLowerCase(Locale.ROOT)) {
            case "write", "action" -> "change";
            case "read" -> "access";
            case "delete" -> "deletion";
            default -> null;
        };
        doc.set("event.type", type == null ? null : List.of(type));
    }

    private static void common(DocumentBuilder doc, Map<String, Object> record) {
        doc.set("azure.activitylogs.result_type", Fields.text(record, "resultType"));
        doc.set("azure.activitylogs.result_signature", Fields.text(record, "resultSignature"));
        doc.set("azure.activitylogs.operation_version", Fields.text(record, "operationVersion"));
        doc.set("azure.activitylogs.tenant_id", Fields.nonEmpty(record, "tenantId"));
        doc.set("azure.correlation_id", Fields.nonEmpty(record, "correlationId"));
        doc.set("azure.activitylogs.event_data_id", Fields.nonEmpty(record, "eventDataId"));
        doc.set("log.level", Fields.text(record, "level"));
        if (record.get("Level") instanceof Number n) {
            doc.set("azure.activitylogs.level", n.longValue());
        }
        String duration = Fields.text(record, "durationMs");
        if (duration != null) {
            doc.set("event.duration", nanos(duration));
        }
    }

    private static Long nanos(String millis) {
        try {
            return Math.round(Double.parseDouble(millis) * 1_000_000d);
        } catch (NumberFormatException e) {
            throw new InvalidRecordException("field durationMs is not a number: '" + millis + "'");
        }
    }

    private static void account(DocumentBuilder doc, Map<String, Object> record) {
        String resourceId = Fields.nonEmpty(record, "resourceId");
        String subscription = null;
        if (resourceId != null) {
            doc.set("azure.resource.id", resourceId);
            doc.set("cloud.resource_id", resourceId);
            subscription = ResourceIds.map(doc, resourceId);
        }
        if (subscription == null) {
            subscription = Fields.nonEmpty(record, "subscriptionId");
            doc.set("azure.subscription_id", subscription);
        }
        doc.set("cloud.account.id", subscription);
    }

    private static void source(DocumentBuilder doc, String caller) {
        if (IpAddresses.isIp(caller)) {
            doc.set("source.ip", caller);
            doc.set("client.ip", caller);
            doc.set("related.ip", List.of(caller));
        } else {
            doc.set("source.address", caller);
        }
    }

    /**
     * success/failure as Elastic; Succeeded/Failed (Log Analytics, REST) too, as our extension.
     * Start/Started/Accept/Accepted/Updated are progress states of a longer operation: no outcome yet.
     */
    private static void outcome(DocumentBuilder doc, String resultType) {
        String outcome = resultType == null ? null : switch (resultType.toLowerCase(Locale.ROOT)) {
            case "success", "succeeded" -> "success";
            case "failure", "failed" -> "failure";
            default -> null;
        };
        if (outcome == null && doc.peek("azure.activitylogs.properties.result") instanceof String r
                && (r.equals("success") || r.equals("failure") || r.equals("unknown"))) {
            outcome = r;
        }
        doc.set("event.outcome", outcome);
    }
}
