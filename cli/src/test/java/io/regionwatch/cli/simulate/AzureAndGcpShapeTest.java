package io.regionwatch.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** The Azure and GCP files have the shapes of the real exports they imitate. */
class AzureAndGcpShapeTest {

    static final List<String> LA_COLUMNS = List.of("TimeGenerated", "OperationNameValue", "OperationName",
            "ActivityStatusValue", "ActivitySubstatusValue", "Caller", "CallerIpAddress", "CategoryValue",
            "CorrelationId", "EventDataId", "ResourceGroup", "ResourceProviderValue", "_ResourceId", "SubscriptionId",
            "TenantId", "Level", "Properties", "Properties_d", "Authorization", "Claims", "HTTPRequest", "Hierarchy",
            "Type");
    static final List<String> STORAGE_KEYS = List.of("time", "resourceId", "operationName", "category", "resultType",
            "resultSignature", "durationMs", "callerIpAddress", "correlationId", "identity", "level", "location",
            "properties");

    @TempDir
    static Path dir;
    static SimulatedLogs logs;

    @BeforeAll
    static void simulate() throws IOException {
        new Simulator(SimulationOptions.defaults()).writeTo(dir);
        logs = new SimulatedLogs(dir);
    }

    @Test
    void logAnalyticsRowsHaveTheAzureActivityColumnsAndNoLocation() {
        assertThat(logs.logAnalyticsRows()).isNotEmpty().allSatisfy(located -> {
            JsonNode row = located.json();
            assertThat(row.propertyNames()).containsAll(LA_COLUMNS)
                    .noneMatch(k -> k.toLowerCase(Locale.ROOT).contains("location"));
            String operation = row.path("OperationNameValue").asString();
            assertThat(operation).isEqualTo(operation.toUpperCase(Locale.ROOT));
            assertThat(row.path("ActivityStatusValue").asString()).isIn("Started", "Accepted", "Succeeded", "Failed");
            for (String json : List.of("Properties", "Authorization", "Claims", "HTTPRequest")) {
                assertThat(row.path(json).isString()).as(json).isTrue();
            }
            assertThat(SimulatedLogs.MAPPER.readTree(row.path("Properties").asString())).isEqualTo(row.path("Properties_d"));
            assertThat(row.path("_ResourceId").asString()).isLowerCase().startsWith("/subscriptions/");
        });
    }

    @Test
    void everyAzureOperationStartsBeforeItEnds() {
        Map<String, List<String>> statuses = new HashMap<>();
        logs.logAnalyticsRows().forEach(r -> statuses.computeIfAbsent(r.json().path("CorrelationId").asString(),
                k -> new ArrayList<>()).add(r.json().path("ActivityStatusValue").asString()));
        assertThat(statuses.values()).allSatisfy(s -> {
            assertThat(s.get(0)).isEqualTo("Started");
            assertThat(s.get(s.size() - 1)).isIn("Succeeded", "Failed");
        });
        assertThat(statuses.values()).anyMatch(s -> s.contains("Accepted"));
    }

    @Test
    void storageExportIsJsonLinesInTheDiagnosticSettingShape() {
        assertThat(logs.files).filteredOn(f -> f.startsWith("azure/insights-activity-logs/"))
                .isNotEmpty().allSatisfy(f -> assertThat(f).matches("azure/insights-activity-logs/resourceId=/SUBSCRIPTIONS/"
                        + "[0-9A-F-]{36}/y=\\d{4}/m=\\d{2}/d=\\d{2}/h=\\d{2}/m=00/PT1H\\.json"));
        assertThat(logs.storageExportRecords()).isNotEmpty().allSatisfy(located -> {
            JsonNode r = located.json();
            assertThat(r.propertyNames()).containsAll(STORAGE_KEYS);
            assertThat(r.path("operationName").asString()).isUpperCase();
            assertThat(r.path("resultType").asString()).isIn("Start", "Accept", "Success", "Failure");
            assertThat(r.path("identity").has("claims")).isTrue();
            assertThat(r.path("properties").propertyNames()).contains("eventCategory", "entity", "message", "hierarchy");
            assertThat(located.file()).contains("/h=" + r.path("time").asString().substring(11, 13) + "/");
        });
    }

    @Test
    void gcpEntriesAreAdminActivityLogEntries() {
        assertThat(logs.gcpEntries()).isNotEmpty().allSatisfy(located -> {
            JsonNode e = located.json();
            assertThat(e.propertyNames()).contains("protoPayload", "insertId", "resource", "timestamp", "severity",
                    "logName", "receiveTimestamp");
            assertThat(e.path("protoPayload").path("@type").asString())
                    .isEqualTo("type.googleapis.com/google.cloud.audit.AuditLog");
            assertThat(Set.of("v1.compute.instances.insert", "v1.compute.firewalls.insert"))
                    .contains(e.path("protoPayload").path("methodName").asString());
            String hour = e.path("timestamp").asString().substring(11, 13);
            assertThat(located.file()).endsWith("/" + hour + ":00:00_" + hour + ":59:59_S0.json");
        });
    }
}
