package io.regionwatch.cli.simulate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ObjectNode;

/**
 * Renders Activity Log events the way a diagnostic setting writes them to a storage account
 * ({@code insights-activity-logs/.../PT1H.json}): JSON Lines, upper-cased resource id and
 * operation, Start/Accept/Success/Failure result types, durationMs as a string, and identity
 * with the token claims.
 */
final class AzureStorageExportWriter {

    private AzureStorageExportWriter() {
    }

    static String render(List<AzureEvent> events) {
        return Json.writeLines(events.stream().map(AzureStorageExportWriter::record).toList());
    }

    /** Blob path of the hourly append blob for one subscription and hour. */
    static String blobPath(String subscription, Instant hour) {
        ZonedDateTime t = hour.atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT,
                "insights-activity-logs/resourceId=/SUBSCRIPTIONS/%s/y=%04d/m=%02d/d=%02d/h=%02d/m=00/PT1H.json",
                subscription.toUpperCase(Locale.ROOT), t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour());
    }

    static ObjectNode record(AzureEvent e) {
        ObjectNode r = Json.object();
        // The ARM front end that served the call, not the resource's location.
        r.put("RoleLocation", "West Europe");
        r.put("ReleaseVersion", "6.2026.43.5+8d1f2c7.release_2026w43");
        r.put("time", AzureTime.format(e.time()));
        r.put("resourceId", e.resourceId().toUpperCase(Locale.ROOT));
        r.put("operationName", e.operationName().toUpperCase(Locale.ROOT));
        r.put("category", "Administrative");
        r.put("resultType", resultType(e.status()));
        r.put("resultSignature", signature(e));
        // Azure writes durationMs as a string in these blobs.
        r.put("durationMs", String.valueOf(e.durationMs()));
        r.put("callerIpAddress", e.caller().ip());
        r.put("correlationId", e.correlationId());
        ObjectNode identity = r.putObject("identity");
        identity.set("authorization", AzureActivityWriter.authorization(e));
        identity.set("claims", e.claims().deepCopy());
        r.put("level", "Failed".equals(e.status()) ? "Error" : "Information");
        r.put("location", e.location() != null ? e.location() : "global");
        r.set("properties", properties(e));
        r.put("tenantId", AzureTenant.TENANT);
        return r;
    }

    private static ObjectNode properties(AzureEvent e) {
        ObjectNode p = Json.object();
        if (e.statusCode() != null) {
            p.put("statusCode", e.statusCode());
            p.putNull("serviceRequestId");
        }
        if (e.requestBody() != null) {
            p.put("requestbody", e.requestBody());
        }
        if (e.responseBody() != null) {
            p.put("responseBody", e.responseBody());
        }
        p.put("eventCategory", "Administrative");
        p.put("entity", e.resourceId());
        p.put("message", e.operationName());
        p.put("hierarchy", AzureTenant.hierarchy(e.subscriptionId()));
        return p;
    }

    private static String resultType(String status) {
        return switch (status) {
            case "Started" -> "Start";
            case "Accepted" -> "Accept";
            case "Succeeded" -> "Success";
            default -> "Failure";
        };
    }

    private static String signature(AzureEvent e) {
        return "Started".equals(e.status()) ? "Started." : e.status() + "." + e.subStatus();
    }
}
