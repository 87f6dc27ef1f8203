package io.regionwatch.cli.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The seed's EQL query applied by hand to raw records, written apart from the generator so the
 * tests check the output rather than the generator's own idea of it. AWS outcome follows
 * Elastic (failure iff errorCode or errorMessage is non-empty); Azure outcome is success only
 * for Succeeded/Success; the Azure region comes from the top-level location or, failing that,
 * from the location inside the Properties request/response bodies.
 */
final class SeedQueryOracle {

    static final Set<String> AWS_ACTIONS = Set.of("RunInstances", "CreateBucket", "CreateCluster",
            "CreateFunction", "CreateDBInstance", "CreateDBCluster", "CreateVolume", "CreateVpc", "CreateUser",
            "CreateAccessKey", "CreateRole", "CreateSecret", "CreateKey", "CreateStackInstances");
    static final Set<String> AZURE_ACTIONS = Set.of("MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE",
            "MICROSOFT.COMPUTE/VIRTUALMACHINESCALESETS/WRITE", "MICROSOFT.CONTAINERSERVICE/MANAGEDCLUSTERS/WRITE",
            "MICROSOFT.STORAGE/STORAGEACCOUNTS/WRITE", "MICROSOFT.NETWORK/VIRTUALNETWORKS/WRITE",
            "MICROSOFT.SQL/SERVERS/WRITE", "MICROSOFT.WEB/SITES/WRITE", "MICROSOFT.KEYVAULT/VAULTS/WRITE",
            "MICROSOFT.RESOURCES/RESOURCEGROUPS/WRITE");
    static final Set<String> APPROVED = Set.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "eastus",
            "eastus2", "westus", "westus2", "westeurope", "northeurope", "uksouth", "ukwest");

    private SeedQueryOracle() {
    }

    /** Ids of every record the query alerts on: CloudTrail eventID or Azure EventDataId/correlationId. */
    static List<String> alerts(SimulatedLogs logs) {
        List<String> ids = new ArrayList<>();
        for (SimulatedLogs.Located r : logs.cloudTrailRecords()) {
            if (awsAlert(r.json())) {
                ids.add(r.json().path("eventID").asString());
            }
        }
        for (SimulatedLogs.Located r : logs.logAnalyticsRows()) {
            JsonNode row = r.json();
            boolean success = Set.of("succeeded", "success").contains(lower(row.path("ActivityStatusValue").asString()));
            String region = regionFromProperties(SimulatedLogs.MAPPER.readTree(row.path("Properties").asString()));
            if (success && azureAlert(row.path("OperationNameValue").asString(), region)) {
                ids.add(row.path("EventDataId").asString());
            }
        }
        for (SimulatedLogs.Located r : logs.storageExportRecords()) {
            JsonNode rec = r.json();
            String region = normalize(rec.path("location").asString(null));
            if (region == null) {
                region = regionFromProperties(rec.path("properties"));
            }
            if ("success".equals(lower(rec.path("resultType").asString()))
                    && azureAlert(rec.path("operationName").asString(), region)) {
                ids.add(rec.path("correlationId").asString());
            }
        }
        return ids;
    }

    static boolean awsAlert(JsonNode r) {
        boolean failed = !r.path("errorCode").asString("").isEmpty() || !r.path("errorMessage").asString("").isEmpty();
        if ("ConsoleLogin".equals(r.path("eventName").asString())) {
            failed = !"Success".equals(r.path("responseElements").path("ConsoleLogin").asString());
        }
        String region = r.path("awsRegion").asString(null);
        return !failed && AWS_ACTIONS.contains(r.path("eventName").asString()) && region != null
                && !APPROVED.contains(region);
    }

    private static boolean azureAlert(String operation, String region) {
        return AZURE_ACTIONS.contains(operation.toUpperCase(Locale.ROOT)) && region != null && !APPROVED.contains(region);
    }

    /** The resource location from the response body, else the request body, both JSON strings. */
    static String regionFromProperties(JsonNode properties) {
        for (String key : List.of("responseBody", "requestbody")) {
            String body = properties.path(key).asString(null);
            if (body != null && body.startsWith("{")) {
                String location = normalize(SimulatedLogs.MAPPER.readTree(body).path("location").asString(null));
                if (location != null) {
                    return location;
                }
            }
        }
        return null;
    }

    private static String normalize(String location) {
        if (location == null) {
            return null;
        }
        String n = lower(location).replace(" ", "");
        return n.isEmpty() || "global".equals(n) ? null : n;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
