package io.regionwatch.ingest.normalize.gcp;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.ingest.normalize.Fields;
import io.regionwatch.ingest.normalize.IpAddresses;
import io.regionwatch.ingest.normalize.Timestamps;
import io.regionwatch.ingest.reject.InvalidRecordException;
import java.util.List;
import java.util.Map;

/**
 * One Cloud Audit Log {@code LogEntry} to ECS. {@code event.provider} is the audit log type
 * (activity, data_access, system_event, policy) as in Elastic; {@code cloud.region} is ours.
 */
public final class AuditLogNormalizer {
    public Map<String, Object> normalize(Map<String, Object> entry) {
        String time = Fields.nonEmpty(entry, "timestamp");
        if (time == null) {
            throw new InvalidRecordException("GCP log entry without timestamp");
        }
        Map<String, Object> payload = Fields.object(entry, "protoPayload");
        DocumentBuilder doc = new DocumentBuilder();
        doc.set("@timestamp", Timestamps.normalize("timestamp", time));
        doc.set("event.kind", "event");
        doc.set("event.module", "gcp");
        doc.set("event.dataset", "gcp.audit");
        doc.set("cloud.provider", "gcp");
        doc.set("event.id", Fields.nonEmpty(entry, "insertId"));
        doc.set("log.logger", Fields.nonEmpty(entry, "logName"));
        doc.set("event.provider", logType(Fields.nonEmpty(entry, "logName")));
        doc.set("gcp.audit.receive_timestamp", Fields.nonEmpty(entry, "receiveTimestamp"));
        resource(doc, Fields.object(entry, "resource"));
        payload(doc, payload);
        request(doc, Fields.object(payload, "requestMetadata"));
        outcome(doc, payload, Fields.object(entry, "operation"));
        doc.set("cloud.region", GcpRegions.region(Fields.object(entry, "resource"), payload));
        return doc.build();
    }

    private static String logType(String logName) {
        int at = logName == null ? -1 : logName.lastIndexOf("%2F");
        return at < 0 ? null : logName.substring(at + 3);
    }

    private static void resource(DocumentBuilder doc, Map<String, Object> resource) {
        Map<String, Object> labels = Fields.object(resource, "labels");
        doc.set("gcp.audit.resource_type", Fields.nonEmpty(resource, "type"));
        doc.set("cloud.project.id", Fields.nonEmpty(labels, "project_id"));
        doc.set("cloud.instance.id", Fields.text(labels, "instance_id"));
    }

    private static void payload(DocumentBuilder doc, Map<String, Object> payload) {
        if (payload == null) {
            return;
        }
        doc.set("gcp.audit.type", Fields.nonEmpty(payload, "@type"));
        doc.set("event.action", Fields.nonEmpty(payload, "methodName"));
        doc.set("gcp.audit.method_name", Fields.nonEmpty(payload, "methodName"));
        doc.set("service.name", Fields.nonEmpty(payload, "serviceName"));
        doc.set("gcp.audit.service_name", Fields.nonEmpty(payload, "serviceName"));
        doc.set("gcp.audit.resource_name", Fields.nonEmpty(payload, "resourceName"));
        Map<String, Object> auth = Fields.object(payload, "authenticationInfo");
        doc.set("client.user.email", Fields.nonEmpty(auth, "principalEmail"));
        doc.set("gcp.audit.authentication_info.principal_email", Fields.nonEmpty(auth, "principalEmail"));
        doc.set("client.user.id", Fields.nonEmpty(auth, "principalSubject"));
        Map<String, Object> status = Fields.object(payload, "status");
        doc.set("gcp.audit.status.code", status == null || status.get("code") == null ? null : Fields.text(status, "code"));
        doc.set("gcp.audit.status.message", Fields.nonEmpty(status, "message"));
        doc.set("gcp.audit.resource_location.current_locations",
                Fields.path(payload, "resourceLocation", "currentLocations"));
    }

    private static void request(DocumentBuilder doc, Map<String, Object> metadata) {
        String ip = Fields.nonEmpty(metadata, "callerIp");
        if (IpAddresses.isIp(ip)) {
            doc.set("source.ip", ip);
        } else {
            doc.set("source.address", ip);
        }
        doc.set("user_agent.original", Fields.nonEmpty(metadata, "callerSuppliedUserAgent"));
    }

    /** status.code 0 → success, other → failure; else one authorization entry decides; else unknown. */
    private static void outcome(DocumentBuilder doc, Map<String, Object> payload, Map<String, Object> operation) {
        Object code = Fields.path(payload, "status", "code");
        List<?> authz = Fields.array(payload, "authorizationInfo");
        String outcome = "unknown";
        if (code != null) {
            outcome = "0".equals(code.toString()) ? "success" : "failure";
        } else if (authz != null && authz.size() == 1 && authz.get(0) instanceof Map<?, ?> one) {
            outcome = Boolean.TRUE.equals(one.get("granted")) ? "success" : "failure";
        }
        doc.set("event.outcome", outcome);
        if (authz != null && authz.size() == 1 && authz.get(0) instanceof Map<?, ?> one) {
            doc.set("event.category", List.of("network", "configuration"));
            doc.set("event.type", List.of("access", Boolean.TRUE.equals(one.get("granted")) ? "allowed" : "denied"));
        } else if (operation != null && (operation.get("first") == null) != (operation.get("last") == null)) {
            doc.set("event.category", List.of("session"));
            doc.set("event.type", List.of(operation.get("first") != null ? "start" : "end"));
        }
    }
}
