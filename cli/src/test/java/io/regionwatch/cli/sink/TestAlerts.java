package io.regionwatch.cli.sink;

import io.regionwatch.core.alert.Alert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Alert documents in Elastic's shape for sink tests, with the fields an attacker controls settable. */
final class TestAlerts {
    static final String NOTE = """
            ## Triage and analysis

            #### First steps
            - Identify the caller: `user.name` and `aws.cloudtrail.user_identity.arn`.
            - Confirm the region is unused:
              search 90 days of `cloud.region`.

            #### Response and remediation
            - Disable the keys.
            """;

    private TestAlerts() {
    }

    static Alert alert(String uuid, String userName, String region) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("rule_id", "6a0e0f53-5e43-4a0b-9d1c-3f7b2c8d9e41");
        rule.put("name", "Cloud Resource Created in Unapproved Region");
        rule.put("description", "Detects resource creation in unapproved regions.");
        rule.put("note", NOTE);
        rule.put("threat", List.of(Map.of("framework", "MITRE ATT&CK",
                "tactic", Map.of("id", "TA0005", "name", "Defense Evasion", "reference", "https://attack.mitre.org/tactics/TA0005/"),
                "technique", List.of(Map.of("id", "T1535", "name", "Unused/Unsupported Cloud Regions", "subtechnique", List.of())))));
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("uuid", uuid);
        alert.put("severity", "medium");
        alert.put("risk_score", 47L);
        alert.put("original_time", "2026-11-02T08:47:13.000Z");
        alert.put("reason", "event with action RunInstances in region " + region + ", by " + userName);
        alert.put("rule", rule);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@timestamp", "2026-11-02T09:00:00.000Z");
        doc.put("event", Map.of("kind", "signal", "action", "RunInstances", "provider", "ec2.amazonaws.com"));
        doc.put("cloud", Map.of("provider", "aws", "region", region, "account", Map.of("id", "418275093621")));
        doc.put("user", Map.of("name", userName));
        doc.put("source", Map.of("ip", "203.0.113.77"));
        doc.put("aws", Map.of("cloudtrail", Map.of("user_identity", Map.of("type", "IAMUser",
                "arn", "arn:aws:iam::418275093621:user/" + userName))));
        doc.put("kibana", Map.of("alert", alert));
        return new Alert(uuid, "6a0e0f53-5e43-4a0b-9d1c-3f7b2c8d9e41", "Cloud Resource Created in Unapproved Region", List.of(), doc);
    }
}
