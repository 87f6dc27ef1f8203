package io.regionwatch.cli.sink;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.List;
import java.util.Map;

/**
 * The handful of alert fields every human-facing output shows, read once from an alert document in
 * Elastic's shape. Values are as the logs gave them: attacker-controlled, to be escaped by each
 * output for its own syntax.
 */
public record AlertView(String uuid, String ruleName, String severity, long riskScore, String time, String provider,
        String region, String account, String principal, String action, String sourceIp, String reason, String note,
        List<String> firstSteps) {

    /** Reads the view from an alert document ({@code kibana.alert.*} plus the source event's ECS fields). */
    public static AlertView of(Map<String, Object> document) {
        Event doc = new Event(document, Origin.UNKNOWN);
        Object risk = doc.get("kibana.alert.risk_score");
        return new AlertView(text(doc, "kibana.alert.uuid"), text(doc, "kibana.alert.rule.name"),
                text(doc, "kibana.alert.severity"), risk instanceof Number n ? n.longValue() : 0L,
                firstOf(doc, "kibana.alert.original_time", "@timestamp"), text(doc, "cloud.provider"),
                text(doc, "cloud.region"), text(doc, "cloud.account.id"), principal(doc), text(doc, "event.action"),
                firstOf(doc, "source.ip", "source.address"), text(doc, "kibana.alert.reason"),
                text(doc, "kibana.alert.rule.note"), firstSteps(doc));
    }

    /**
     * The investigation guide's first steps: as the alert carries them
     * ({@code kibana.alert.investigation.first_steps}), else read from the rule's note, for alerts
     * written by older versions or by Elastic itself.
     */
    static List<String> firstSteps(Event doc) {
        Object carried = doc.get("kibana.alert.investigation.first_steps");
        if (carried instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(String::valueOf).toList();
        }
        if (carried instanceof String one && !one.isEmpty()) {
            return List.of(one);
        }
        return FirstSteps.of(text(doc, "kibana.alert.rule.note"));
    }

    /** Who acted: the ECS user name, else the AWS ARN, else the Google or Azure caller's e-mail. */
    static String principal(Event doc) {
        return firstOf(doc, "user.name", "aws.cloudtrail.user_identity.arn", "client.user.email", "user.email", "user.id");
    }

    /** Whether this is a sequence's building-block alert, which analysts see only through its shell. */
    public static boolean isBuildingBlock(Map<String, Object> document) {
        return "default".equals(new Event(document, Origin.UNKNOWN).get("kibana.alert.building_block_type"));
    }

    static String firstOf(Event doc, String... fields) {
        for (String field : fields) {
            String value = text(doc, field);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    static String text(Event doc, String field) {
        Object value = doc.get(field);
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        return value == null ? "" : String.valueOf(value);
    }
}
