package io.regionwatch.cli.simulate;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.node.ObjectNode;

/**
 * Benign GCP Admin Activity audit entries, written as a Cloud Storage log sink writes them: one
 * JSON Lines file per hour under {@code cloudaudit.googleapis.com/activity/YYYY/MM/DD/}. GCP is
 * outside the seed query's datasets; the files exercise format detection and routing.
 */
final class GcpAuditWriter {

    private static final String PROJECT = "northwind-analytics-prod";
    private static final List<String> ZONES = List.of("us-central1-a", "us-central1-b", "europe-west1-b");
    private static final List<String> PRINCIPALS = List.of("dana.whitfield@northwind.example",
            "terraform@northwind-analytics-prod.iam.gserviceaccount.com");

    private final Rand rand;

    GcpAuditWriter(Rand rand) {
        this.rand = rand;
    }

    void write(OutputTree out, Instant start, int spanSeconds, int count) throws IOException {
        List<Map.Entry<Instant, ObjectNode>> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant t = start.plusSeconds(rand.between(0, spanSeconds)).plusMillis(rand.between(0, 1000));
            entries.add(Map.entry(t, entry(t)));
        }
        entries.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        Map<Instant, List<ObjectNode>> byHour = new TreeMap<>();
        entries.forEach(e -> byHour.computeIfAbsent(e.getKey().truncatedTo(ChronoUnit.HOURS),
                k -> new ArrayList<>()).add(e.getValue()));
        for (Map.Entry<Instant, List<ObjectNode>> hour : byHour.entrySet()) {
            out.writeText(path(hour.getKey()), Json.writeLines(hour.getValue()));
        }
    }

    static String path(Instant hour) {
        ZonedDateTime t = hour.atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "gcp/cloudaudit.googleapis.com/activity/%04d/%02d/%02d/"
                + "%02d:00:00_%02d:59:59_S0.json", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getHour());
    }

    private ObjectNode entry(Instant t) {
        String zone = rand.pick(ZONES);
        String principal = rand.pick(PRINCIPALS);
        boolean insert = rand.chance(0.6);
        String name = insert ? "worker-" + rand.hex(4) : "allow-health-checks-" + rand.hex(3);
        String resource = insert ? "projects/" + PROJECT + "/zones/" + zone + "/instances/" + name
                : "projects/" + PROJECT + "/global/firewalls/" + name;
        String method = insert ? "v1.compute.instances.insert" : "v1.compute.firewalls.insert";
        ObjectNode proto = Json.object();
        proto.put("@type", "type.googleapis.com/google.cloud.audit.AuditLog");
        proto.set("authenticationInfo", Json.object().put("principalEmail", principal));
        ObjectNode metadata = proto.putObject("requestMetadata");
        metadata.put("callerIp", principal.startsWith("terraform") ? "192.0.2.57" : "198.51.100.23");
        metadata.put("callerSuppliedUserAgent", "google-api-go-client/0.5 Terraform/1.9.8 (+https://www.terraform.io)"
                + " Terraform-Plugin-SDK/2.33.0 terraform-provider-google/6.10.0,gzip(gfe)");
        metadata.set("requestAttributes", Json.object().put("time", t.toString()).set("auth", Json.object()));
        metadata.set("destinationAttributes", Json.object());
        proto.put("serviceName", "compute.googleapis.com");
        proto.put("methodName", method);
        proto.putArray("authorizationInfo").addObject()
                .put("permission", insert ? "compute.instances.create" : "compute.firewalls.create")
                .put("granted", true).put("permissionType", "ADMIN_WRITE")
                .set("resourceAttributes", Json.object().put("service", "compute").put("name", resource)
                        .put("type", insert ? "compute.instances" : "compute.firewalls"));
        proto.put("resourceName", resource);
        proto.set("request", Json.object().put("@type", "type.googleapis.com/compute."
                + (insert ? "instances" : "firewalls") + ".insert").put("name", name));
        proto.set("resourceLocation", Json.object().set("currentLocations",
                Json.array().add(insert ? zone : "global")));
        return wrap(t, proto, insert, zone);
    }

    private ObjectNode wrap(Instant t, ObjectNode proto, boolean insert, String zone) {
        ObjectNode e = Json.object();
        e.set("protoPayload", proto);
        e.put("insertId", rand.alnum(12).toLowerCase(Locale.ROOT) + rand.hex(4));
        ObjectNode labels = Json.object().put("project_id", PROJECT);
        if (insert) {
            labels.put("instance_id", String.valueOf(1_000_000_000_000_000L + rand.between(0, 999_999_999)));
            labels.put("zone", zone);
        } else {
            labels.put("firewall_rule_id", String.valueOf(rand.between(100_000_000, 999_999_999)));
        }
        e.set("resource", Json.object().put("type", insert ? "gce_instance" : "gce_firewall_rule")
                .set("labels", labels));
        e.put("timestamp", t.toString());
        e.put("severity", "NOTICE");
        e.put("logName", "projects/" + PROJECT + "/logs/cloudaudit.googleapis.com%2Factivity");
        e.set("operation", Json.object().put("id", "operation-" + t.toEpochMilli() + "-" + rand.hex(13))
                .put("producer", "compute.googleapis.com").put("first", true));
        e.put("receiveTimestamp", t.plusMillis(rand.between(300, 1500)).toString());
        return e;
    }
}
