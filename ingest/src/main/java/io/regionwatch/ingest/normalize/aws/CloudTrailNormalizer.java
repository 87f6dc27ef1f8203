package io.regionwatch.ingest.normalize.aws;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.ingest.normalize.Fields;
import io.regionwatch.ingest.normalize.IpAddresses;
import io.regionwatch.ingest.normalize.Timestamps;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CloudTrail record to ECS, field by field as Elastic's {@code aws.cloudtrail} pipeline does
 * (empty values dropped first, outcome from error fields or the ConsoleLogin response, categories
 * from a table). We add {@code cloud.provider}, {@code event.dataset} and {@code event.module},
 * which Elastic takes from the data stream.
 */
public final class CloudTrailNormalizer {
    private static final String WHAT = "CloudTrail";
    private final EventCategories categories = EventCategories.load();

    public Map<String, Object> normalize(Map<String, Object> record) {
        return map(record, new DocumentBuilder()).build();
    }

    /**
     * Checks {@code record} exactly as {@link #normalize} would, throwing the same rejection,
     * without building the document: for records no rule can want.
     */
    public void check(Map<String, Object> record) {
        map(record, DocumentBuilder.discarding());
    }

    /** The record's {@code eventName} when it has one, for deciding whether to map it; null otherwise. */
    public static String action(Map<String, Object> record) {
        return record.get("eventName") instanceof String s ? s : null;
    }

    private DocumentBuilder map(Map<String, Object> record, DocumentBuilder doc) {
        String time = Fields.required(record, "eventTime", WHAT);
        String action = Fields.required(record, "eventName", WHAT);
        String provider = Fields.required(record, "eventSource", WHAT);
        doc.set("@timestamp", Timestamps.normalize("eventTime", time));
        doc.set("event.kind", "event");
        doc.set("event.module", "aws");
        doc.set("event.dataset", "aws.cloudtrail");
        doc.set("cloud.provider", "aws");
        doc.set("event.action", action);
        doc.set("event.provider", provider);
        doc.set("event.id", Fields.nonEmpty(record, "eventID"));
        doc.set("cloud.region", Fields.nonEmpty(record, "awsRegion"));
        source(doc, Fields.nonEmpty(record, "sourceIPAddress"));
        doc.set("user_agent.original", Fields.nonEmpty(record, "userAgent"));
        String identityUser = UserIdentityMapper.map(doc, Fields.object(record, "userIdentity"));
        scalars(doc, record);
        PayloadMapper.map(doc, record, action);
        related(doc, identityUser);
        categorize(doc, action);
        return doc;
    }

    private static void source(DocumentBuilder doc, String address) {
        doc.set("source.address", address);
        if (IpAddresses.isIp(address)) {
            doc.set("source.ip", address);
        }
    }

    private static void scalars(DocumentBuilder doc, Map<String, Object> record) {
        doc.set("aws.cloudtrail.event_version", Fields.nonEmpty(record, "eventVersion"));
        doc.set("aws.cloudtrail.error_code", Fields.nonEmpty(record, "errorCode"));
        doc.set("aws.cloudtrail.error_message", Fields.nonEmpty(record, "errorMessage"));
        doc.set("aws.cloudtrail.event_category", Fields.nonEmpty(record, "eventCategory"));
        doc.set("aws.cloudtrail.event_type", Fields.nonEmpty(record, "eventType"));
        doc.set("aws.cloudtrail.request_id", Fields.nonEmpty(record, "requestID"));
        doc.set("aws.cloudtrail.api_version", Fields.nonEmpty(record, "apiVersion"));
        doc.set("aws.cloudtrail.recipient_account_id", Fields.text(record, "recipientAccountId"));
        doc.set("aws.cloudtrail.shared_event_id", Fields.nonEmpty(record, "sharedEventID"));
        doc.set("aws.cloudtrail.vpc_endpoint_id", Fields.nonEmpty(record, "vpcEndpointId"));
        // Elastic maps read_only as boolean but management_event as keyword, so "true" is a string there
        doc.set("aws.cloudtrail.read_only", bool(record, "readOnly"));
        doc.set("aws.cloudtrail.management_event", Fields.text(record, "managementEvent"));
    }

    private static Boolean bool(Map<String, Object> record, String key) {
        Object v = record.get(key);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.valueOf(s);
        }
        throw Fields.wrongType(key, "a boolean", v);
    }

    /** related.user as Elastic's older pipeline: identity userName, then request userName / newUserName. */
    private static void related(DocumentBuilder doc, String identityUser) {
        Set<String> users = new LinkedHashSet<>();
        if (identityUser != null) {
            users.add(identityUser);
        }
        if (doc.peek("aws.cloudtrail.flattened.request_parameters.userName") instanceof String s) {
            users.add(s);
        }
        if (doc.peek("aws.cloudtrail.flattened.request_parameters.newUserName") instanceof String s) {
            users.add(s);
        }
        if (!users.isEmpty()) {
            doc.set("related.user", List.copyOf(users));
        }
    }

    private void categorize(DocumentBuilder doc, String action) {
        boolean failed = doc.peek("aws.cloudtrail.error_code") != null || doc.peek("aws.cloudtrail.error_message") != null;
        String outcome = failed ? "failure" : "success";
        Object login = doc.peek("aws.cloudtrail.flattened.response_elements.ConsoleLogin");
        if ("ConsoleLogin".equals(action) && login instanceof String s) {
            outcome = s.toLowerCase(java.util.Locale.ROOT);
        }
        doc.set("event.outcome", outcome);
        EventCategories.Categorization c = categories.of(action);
        doc.set("event.type", c == null ? List.of("info") : c.type());
        if (c != null) {
            doc.set("event.category", c.category());
        }
    }
}
