package io.regionwatch.cli.sink;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps an alert in Elastic's shape to an OCSF 1.3.0 Detection Finding (class 2004, activity Create),
 * the schema AWS Security Lake stores: the rule becomes {@code finding_info.analytic}, ATT&amp;CK
 * becomes {@code finding_info.attacks}, the source event becomes {@code evidences}, and the rule's
 * first investigation steps become {@code remediation}.
 */
public final class OcsfFindingMapper {
    static final String OCSF_VERSION = "1.3.0";
    private static final int CLASS_UID = 2004;
    private static final int ACTIVITY_CREATE = 1;
    private final String productVersion;

    public OcsfFindingMapper(String productVersion) {
        this.productVersion = productVersion;
    }

    /** The finding for one alert document. */
    public Map<String, Object> map(Map<String, Object> alert) {
        Event doc = new Event(alert, Origin.UNKNOWN);
        AlertView v = AlertView.of(alert);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("activity_id", ACTIVITY_CREATE);
        f.put("activity_name", "Create");
        f.put("category_uid", 2);
        f.put("category_name", "Findings");
        f.put("class_uid", CLASS_UID);
        f.put("class_name", "Detection Finding");
        f.put("type_uid", CLASS_UID * 100 + ACTIVITY_CREATE);
        f.put("type_name", "Detection Finding: Create");
        f.put("time", epochMillis(AlertView.text(doc, "@timestamp")));
        f.put("severity_id", severityId(v.severity()));
        f.put("severity", capitalized(v.severity()));
        f.put("risk_score", (int) v.riskScore());
        f.put("status_id", 1);
        f.put("status", "New");
        f.put("message", v.reason());
        f.put("metadata", metadata(v));
        f.put("finding_info", findingInfo(doc, v));
        putIfPresent(f, "cloud", cloud(v));
        putIfPresent(f, "actor", actor(doc, v));
        putIfPresent(f, "src_endpoint", v.sourceIp().isEmpty() ? null : Map.of("ip", v.sourceIp()));
        putIfPresent(f, "api", api(doc, v));
        f.put("evidences", List.of(evidence(f)));
        List<String> steps = v.firstSteps();
        if (!steps.isEmpty()) {
            f.put("remediation", Map.of("desc", String.join("\n", steps)));
        }
        f.put("unmapped", Map.of("kibana.alert.uuid", v.uuid(), "kibana.alert.rule.rule_id",
                AlertView.text(doc, "kibana.alert.rule.rule_id")));
        return f;
    }

    private Map<String, Object> metadata(AlertView v) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", "regionwatch");
        product.put("vendor_name", "regionwatch");
        product.put("version", productVersion);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", OCSF_VERSION);
        m.put("product", product);
        m.put("uid", v.uuid());
        m.put("profiles", List.of("cloud"));
        return m;
    }

    private static Map<String, Object> findingInfo(Event doc, AlertView v) {
        Map<String, Object> analytic = new LinkedHashMap<>();
        analytic.put("uid", AlertView.text(doc, "kibana.alert.rule.rule_id"));
        analytic.put("name", v.ruleName());
        analytic.put("type_id", 1);
        analytic.put("type", "Rule");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("uid", v.uuid());
        info.put("title", v.ruleName());
        putIfPresent(info, "desc", blankToNull(AlertView.text(doc, "kibana.alert.rule.description")));
        info.put("analytic", analytic);
        info.put("types", List.of("Unused Cloud Region"));
        long seen = epochMillis(v.time());
        info.put("first_seen_time", seen);
        info.put("last_seen_time", seen);
        info.put("created_time", epochMillis(AlertView.text(doc, "@timestamp")));
        List<Map<String, Object>> attacks = OcsfAttacks.from(doc);
        if (!attacks.isEmpty()) {
            info.put("attacks", attacks);
        }
        return info;
    }

    private static Map<String, Object> cloud(AlertView v) {
        if (v.provider().isEmpty()) {
            return null;
        }
        Map<String, Object> cloud = new LinkedHashMap<>();
        cloud.put("provider", switch (v.provider()) {
            case "aws" -> "AWS";
            case "azure" -> "Azure";
            case "gcp" -> "GCP";
            default -> v.provider();
        });
        putIfPresent(cloud, "region", blankToNull(v.region()));
        putIfPresent(cloud, "account", v.account().isEmpty() ? null : Map.of("uid", v.account()));
        return cloud;
    }

    private static Map<String, Object> actor(Event doc, AlertView v) {
        if (v.principal().isEmpty()) {
            return null;
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("name", v.principal());
        putIfPresent(user, "uid", blankToNull(AlertView.firstOf(doc, "aws.cloudtrail.user_identity.arn", "user.id")));
        putIfPresent(user, "type", blankToNull(AlertView.text(doc, "aws.cloudtrail.user_identity.type")));
        return Map.of("user", user);
    }

    private static Map<String, Object> api(Event doc, AlertView v) {
        if (v.action().isEmpty()) {
            return null;
        }
        Map<String, Object> api = new LinkedHashMap<>();
        api.put("operation", v.action());
        String service = AlertView.text(doc, "event.provider");
        if (!service.isEmpty()) {
            api.put("service", Map.of("name", service));
        }
        return api;
    }

    private static Map<String, Object> evidence(Map<String, Object> finding) {
        Map<String, Object> e = new LinkedHashMap<>();
        for (String key : List.of("actor", "api", "src_endpoint")) {
            if (finding.containsKey(key)) {
                e.put(key, finding.get(key));
            }
        }
        if (e.isEmpty()) {
            e.put("data", Map.of("note", "no actor, API or source address in the source event"));
        }
        return e;
    }

    static int severityId(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "low" -> 2;
            case "medium" -> 3;
            case "high" -> 4;
            case "critical" -> 5;
            default -> 0;
        };
    }

    static long epochMillis(String iso) {
        try {
            return Instant.parse(iso).toEpochMilli();
        } catch (DateTimeParseException e) {
            return 0L;
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? "Unknown" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static List<Object> list(Object value) {
        if (value instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        return value == null ? List.of() : List.of(value);
    }
}
