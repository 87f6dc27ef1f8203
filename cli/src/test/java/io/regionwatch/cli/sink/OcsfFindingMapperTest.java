package io.regionwatch.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.cli.output.NdjsonWriter;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Findings are checked against a JSON schema written from the OCSF 1.3.0 Detection Finding documentation. */
class OcsfFindingMapperTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAlertBecomesAValidDetectionFinding() throws Exception {
        JsonNode finding = finding(TestAlerts.alert("u1", "svc-backup-sync", "ap-southeast-1").document());
        assertThat(schema().validate(finding)).isEmpty();
        assertThat(finding.at("/class_uid").asInt()).isEqualTo(2004);
        assertThat(finding.at("/type_uid").asInt()).isEqualTo(200401);
        assertThat(finding.at("/severity_id").asInt()).isEqualTo(3);
        assertThat(finding.at("/finding_info/uid").asString()).isEqualTo("u1");
        assertThat(finding.at("/finding_info/analytic/uid").asString()).isEqualTo("6a0e0f53-5e43-4a0b-9d1c-3f7b2c8d9e41");
        assertThat(finding.at("/finding_info/attacks/0/technique/uid").asString()).isEqualTo("T1535");
        assertThat(finding.at("/finding_info/attacks/0/tactic/uid").asString()).isEqualTo("TA0005");
        assertThat(finding.at("/cloud/provider").asString()).isEqualTo("AWS");
        assertThat(finding.at("/cloud/region").asString()).isEqualTo("ap-southeast-1");
        assertThat(finding.at("/actor/user/uid").asString()).isEqualTo("arn:aws:iam::418275093621:user/svc-backup-sync");
        assertThat(finding.at("/finding_info/first_seen_time").asLong()).isEqualTo(1793609233000L);
        assertThat(finding.at("/remediation/desc").asString()).startsWith("Identify the caller");
    }

    @Test
    void theSchemaCatchesWhatAFindingMustNotLack() throws Exception {
        JsonNode finding = finding(TestAlerts.alert("u1", "alice", "sa-east-1").document());
        ((tools.jackson.databind.node.ObjectNode) finding).remove("finding_info");
        ((tools.jackson.databind.node.ObjectNode) finding).put("severity_id", 42);
        ((tools.jackson.databind.node.ObjectNode) finding).put("sevrity", "typo");
        assertThat(schema().validate(finding)).containsExactlyInAnyOrder("$: missing required finding_info",
                "$.severity_id: 42 not in [0,1,2,3,4,5,6,99]", "$: unknown attribute sevrity");
    }

    @Test
    void aSparseAlertStillMakesAValidFinding() throws Exception {
        JsonNode finding = finding(Map.of("kibana", Map.of("alert", Map.of("uuid", "u2", "severity", "high",
                "rule", Map.of("name", "R", "rule_id", "r")))));
        assertThat(schema().validate(finding)).isEmpty();
    }

    private static JsonNode finding(Map<String, Object> alert) {
        return JSON.readTree(NdjsonWriter.toJson(new OcsfFindingMapper("test").map(alert)));
    }

    private static MiniJsonSchema schema() throws Exception {
        try (InputStream in = OcsfFindingMapperTest.class.getResourceAsStream("ocsf-1.3.0-detection-finding.schema.json")) {
            return new MiniJsonSchema(JSON.readTree(in));
        }
    }
}
