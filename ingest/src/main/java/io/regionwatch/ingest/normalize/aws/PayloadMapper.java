package io.regionwatch.ingest.normalize.aws;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.ingest.normalize.Fields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request/response payloads, TLS details and ConsoleLogin extras. Payloads are kept twice, as
 * Elastic does: a Java {@code toString()} string (Elastic's keyword field) and, when shorter than
 * 32,766 chars, the object under {@code aws.cloudtrail.flattened}.
 */
final class PayloadMapper {
    private static final int KEYWORD_MAX = 32_766;

    private PayloadMapper() {
    }

    static void map(DocumentBuilder doc, Map<String, Object> record, String action) {
        payload(doc, record.get("requestParameters"), "aws.cloudtrail.request_parameters", "aws.cloudtrail.flattened.request_parameters");
        payload(doc, record.get("responseElements"), "aws.cloudtrail.response_elements", "aws.cloudtrail.flattened.response_elements");
        payload(doc, record.get("additionalEventData"), "aws.cloudtrail.additional_eventdata", "aws.cloudtrail.flattened.additional_eventdata");
        payload(doc, record.get("serviceEventDetails"), "aws.cloudtrail.service_event_details", "aws.cloudtrail.flattened.service_event_details");
        if ("ConsoleLogin".equals(action)) {
            consoleLogin(doc);
        }
        targets(doc);
        tls(doc, Fields.object(record, "tlsDetails"));
        resources(doc, Fields.array(record, "resources"));
    }

    /** {@code resources} with {@code ARN}/{@code accountId} renamed and duplicates dropped, as Elastic does. */
    private static void resources(DocumentBuilder doc, List<?> resources) {
        if (resources == null) {
            return;
        }
        Map<String, Map<String, Object>> unique = new LinkedHashMap<>();
        for (Object resource : resources) {
            if (resource instanceof Map<?, ?> r) {
                Map<String, Object> out = new LinkedHashMap<>();
                r.forEach((k, v) -> out.put(k.equals("ARN") ? "arn" : k.equals("accountId") ? "account_id" : k.toString(), v));
                unique.put(out.get("arn") + "_" + out.get("account_id") + "_" + out.get("type"), out);
            }
        }
        if (!unique.isEmpty()) {
            doc.set("aws.cloudtrail.resources", List.copyOf(unique.values()));
        }
    }

    /** The payload as Elastic's keyword text at {@code textField} and, when short enough, as an object at {@code objectField}. */
    private static void payload(DocumentBuilder doc, Object raw, String textField, String objectField) {
        if (doc.discards()) {
            return; // a payload of any JSON type is accepted: nothing to check, only values to make
        }
        Object cleaned = PainlessView.of(raw);
        if (cleaned == null) {
            return;
        }
        String text = cleaned.toString();
        doc.set(textField, text);
        if (text.length() < KEYWORD_MAX) {
            doc.set(objectField, cleaned);
        }
    }

    private static void consoleLogin(DocumentBuilder doc) {
        final String base = "aws.cloudtrail.flattened.additional_eventdata.";
        final String prefix = "aws.cloudtrail.console_login.additional_eventdata.";
        if (doc.peek(base + "MobileVersion") != null) {
            doc.set(prefix + "mobile_version", !"No".equals(doc.peek(base + "MobileVersion")));
        }
        doc.set(prefix + "login_to", doc.peek(base + "LoginTo"));
        if (doc.peek(base + "MFAUsed") != null) {
            doc.set(prefix + "mfa_used", !"No".equals(doc.peek(base + "MFAUsed")));
        }
    }

    private static void targets(DocumentBuilder doc) {
        doc.set("group.id", text(doc.peek("aws.cloudtrail.flattened.response_elements.group.groupId")));
        doc.set("user.target.id", text(doc.peek("aws.cloudtrail.flattened.response_elements.user.userId")));
        doc.set("user.changes.name", text(doc.peek("aws.cloudtrail.flattened.request_parameters.newUserName")));
        doc.set("group.name", text(doc.peek("aws.cloudtrail.flattened.request_parameters.groupName")));
        doc.set("user.target.name", text(doc.peek("aws.cloudtrail.flattened.request_parameters.userName")));
    }

    private static String text(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Boolean ? v.toString() : null;
    }

    /** {@code TLSv1.2} → version {@code 1.2}, protocol {@code tls}, as Elastic's dissect does. */
    private static void tls(DocumentBuilder doc, Map<String, Object> tls) {
        if (tls == null) {
            return;
        }
        String version = Fields.nonEmpty(tls, "tlsVersion");
        int v = version == null ? -1 : version.indexOf('v');
        if (v > 0) {
            doc.set("tls.version_protocol", version.substring(0, v).toLowerCase(java.util.Locale.ROOT));
            doc.set("tls.version", version.substring(v + 1));
        }
        doc.set("tls.cipher", Fields.nonEmpty(tls, "cipherSuite"));
        doc.set("tls.client.server_name", Fields.nonEmpty(tls, "clientProvidedHostHeader"));
    }
}
