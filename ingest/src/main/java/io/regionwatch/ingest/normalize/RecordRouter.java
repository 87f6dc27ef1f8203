package io.regionwatch.ingest.normalize;

import io.regionwatch.ingest.read.JsonText;
import io.regionwatch.ingest.reject.InvalidRecordException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides by shape what a record is, unwrapping envelopes first: EventBridge ({@code detail}),
 * CloudWatch Logs events, lookup-events rows and Splunk search rows (a record as a JSON string). Digest and Insight
 * records are skipped; anything unrecognised is rejected with the keys it had.
 */
final class RecordRouter {
    private static final int MAX_UNWRAP = 4;

    enum Kind {
        CLOUDTRAIL("aws.cloudtrail"), AZURE("azure.activitylogs"), GCP("gcp.audit"), SKIP(null);

        private final String dataset;

        Kind(String dataset) {
            this.dataset = dataset;
        }

        String dataset() {
            return dataset;
        }
    }

    record Routed(Kind kind, Map<String, Object> record, String reason) {
    }

    private final JsonText json;

    RecordRouter(JsonText json) {
        this.json = json;
    }

    Routed route(Object tree) {
        Object node = tree;
        for (int depth = 0; depth <= MAX_UNWRAP; depth++) {
            if (!(node instanceof Map)) {
                throw new InvalidRecordException("record is not a JSON object but " + Fields.describe(node));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) node;
            Object inner = unwrap(map);
            if (inner == null) {
                return classify(map);
            }
            node = inner;
        }
        throw new InvalidRecordException("envelopes nested more than " + MAX_UNWRAP + " deep");
    }

    /** The record inside an envelope, or null when {@code map} is not an envelope. */
    private Object unwrap(Map<String, Object> map) {
        if (map.get("detail") instanceof Map && map.containsKey("detail-type")) {
            return map.get("detail");
        }
        String embedded = map.get("CloudTrailEvent") instanceof String s ? s
                : map.get("message") instanceof String s && isEnvelopeMessage(map, s) ? s
                : map.containsKey("preview") && Fields.path(map, "result", "_raw") instanceof String s ? s : null;
        if (embedded == null) {
            return null;
        }
        try {
            return json.parse(embedded);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("embedded record is not JSON: " + e.getMessage());
        }
    }

    /** A CloudWatch Logs event ({@code id}, {@code timestamp}, {@code message}) or a bare {@code {"message": "{...}"}}. */
    private static boolean isEnvelopeMessage(Map<String, Object> map, String message) {
        boolean jsonText = message.stripLeading().startsWith("{");
        return jsonText && (map.size() == 1 || map.containsKey("timestamp") || map.containsKey("ingestionTime"));
    }

    private static Routed classify(Map<String, Object> map) {
        if (map.containsKey("preview") && map.get("result") instanceof Map) {
            return new Routed(Kind.SKIP, map, "Splunk search row without result._raw (Elastic drops these too)");
        }
        if (map.get("message") instanceof String m && m.startsWith("CWL CONTROL MESSAGE")) {
            return new Routed(Kind.SKIP, map, "CloudWatch Logs control message (destination health check)");
        }
        if (map.containsKey("digestEndTime") || map.containsKey("logFiles") && map.containsKey("digestS3Object")) {
            return new Routed(Kind.SKIP, map, "CloudTrail digest file (integrity data, not events)");
        }
        if ("AwsCloudTrailInsight".equals(map.get("eventType")) || map.containsKey("insightDetails")) {
            return new Routed(Kind.SKIP, map, "CloudTrail Insight event (derived statistics, not an API call)");
        }
        if (map.containsKey("eventVersion") || map.containsKey("eventSource")
                || map.containsKey("eventName") && map.containsKey("eventTime")) {
            return new Routed(Kind.CLOUDTRAIL, map, null);
        }
        if (map.containsKey("protoPayload")) {
            return gcp(map);
        }
        if (isAzure(map)) {
            return new Routed(Kind.AZURE, map, null);
        }
        throw new InvalidRecordException("unknown record shape (keys: " + keys(map) + ")");
    }

    private static Routed gcp(Map<String, Object> map) {
        Object type = Fields.path(map, "protoPayload", "@type");
        if (type != null && !"type.googleapis.com/google.cloud.audit.AuditLog".equals(type)) {
            return new Routed(Kind.SKIP, map, "GCP log entry whose protoPayload is " + type + ", not an AuditLog");
        }
        return new Routed(Kind.GCP, map, null);
    }

    private static boolean isAzure(Map<String, Object> map) {
        boolean hub = map.containsKey("operationName")
                && (map.containsKey("resourceId") || map.containsKey("category") || map.containsKey("time"));
        boolean timed = map.containsKey("time") && map.containsKey("category");
        boolean analytics = map.containsKey("OperationNameValue")
                || map.containsKey("TimeGenerated") && map.containsKey("CategoryValue");
        boolean rest = map.containsKey("eventTimestamp") && map.get("operationName") instanceof Map;
        return hub || timed || analytics || rest;
    }

    private static String keys(Map<String, Object> map) {
        String all = map.keySet().stream().limit(12).collect(Collectors.joining(", "));
        return map.size() > 12 ? all + ", …" : all;
    }
}
