package io.regionwatch.core.alert;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.rule.RuleMetadata;
import java.util.List;

/**
 * {@code kibana.alert.reason}: one sentence a SOC analyst reads first. It follows Elastic's reason
 * template (what happened, from where, by whom, then "created &lt;severity&gt; alert &lt;rule&gt;") with
 * the fields that matter for cloud audit logs: action, region, account, caller and source address.
 */
final class AlertReasons {
    private AlertReasons() {
    }

    static String forEvent(RuleMetadata rule, Event event) {
        StringBuilder reason = new StringBuilder();
        Object category = event.get("event.category");
        reason.append(category == null ? "event" : first(category) + " event");
        appendPart(reason, " with action ", event.get("event.action"));
        appendPart(reason, " in region ", event.get("cloud.region"));
        appendPart(reason, " of account ", event.get("cloud.account.id"));
        Object who = event.get("user.name");
        if (who == null) {
            who = event.get("aws.cloudtrail.user_identity.arn");
        }
        if (who == null) {
            who = event.get("client.user.email");
        }
        appendPart(reason, ", by ", who);
        Object from = event.get("source.ip");
        appendPart(reason, ", from ", from != null ? from : event.get("source.address"));
        reason.append(", created ").append(rule.severity().label()).append(" alert ").append(rule.name()).append('.');
        return reason.toString();
    }

    static String forSequence(RuleMetadata rule, List<Event> events) {
        StringBuilder reason = new StringBuilder("sequence of ").append(events.size()).append(" events:");
        for (Event e : events) {
            reason.append(' ').append(first(e.get("event.action")));
            Object region = e.get("cloud.region");
            if (region != null) {
                reason.append(" (").append(first(region)).append(')');
            }
            reason.append(',');
        }
        reason.setLength(reason.length() - 1);
        Object who = events.get(0).get("user.name");
        if (who != null) {
            reason.append(", by ").append(first(who));
        }
        reason.append(", created ").append(rule.severity().label()).append(" alert ").append(rule.name()).append('.');
        return reason.toString();
    }

    static String forAggregate(RuleMetadata rule, java.util.Map<String, Object> group, int evidence) {
        StringBuilder reason = new StringBuilder("threshold reached");
        group.forEach((field, value) -> reason.append(", ").append(field).append(' ').append(first(value)));
        reason.append(" (").append(evidence).append(evidence == 1 ? " event sampled" : " events sampled").append(')');
        reason.append(", created ").append(rule.severity().label()).append(" alert ").append(rule.name()).append('.');
        return reason.toString();
    }

    private static void appendPart(StringBuilder reason, String label, Object value) {
        if (value != null) {
            reason.append(label).append(first(value));
        }
    }

    private static Object first(Object value) {
        return value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
    }
}
