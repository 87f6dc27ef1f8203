package io.regionwatch.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.rule.RuleMetadata;
import io.regionwatch.core.rule.Severity;
import io.regionwatch.core.rule.Threat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertFactoryTest {
    static final RuleMetadata RULE = new RuleMetadata("rid-1", "Test Rule", "d", "eql", "eql", "any where true",
            Severity.MEDIUM, 47, 1, List.of("me"), "Elastic License v2",
            List.of(new Threat("MITRE ATT&CK", new Threat.Entry("TA0005", "Defense Evasion", "https://attack.mitre.org/tactics/TA0005/"),
                    List.of(new Threat.Technique(new Threat.Entry("T1535", "Unused/Unsupported Cloud Regions",
                            "https://attack.mitre.org/techniques/T1535/"), List.of())))),
            List.of("t"), List.of(), List.of(), "guide", null, 100, null, "rule.toml");
    private final AlertFactory factory = new AlertFactory(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));

    private static Event event(String id, String region) {
        return new DocumentBuilder().set("@timestamp", "2026-11-02T08:00:00Z").set("event.id", id)
                .set("event.dataset", "aws.cloudtrail").set("event.action", "RunInstances").set("event.kind", "event")
                .set("cloud.region", region).set("user.name", "alice").build(new Origin("f.json", 0, 1));
    }

    @Test
    void eventAlertCarriesElasticFieldsAndSourceEvent() {
        Alert alert = factory.forEvent(RULE, event("e1", "ap-southeast-1"));
        Event doc = new Event(alert.document(), new Origin("alert", 0, 0));
        assertThat(doc.get("kibana.alert.rule.rule_id")).isEqualTo("rid-1");
        assertThat(doc.get("kibana.alert.rule.name")).isEqualTo("Test Rule");
        assertThat(doc.get("kibana.alert.severity")).isEqualTo("medium");
        assertThat(doc.get("kibana.alert.risk_score")).isEqualTo(47L);
        assertThat(doc.get("kibana.alert.original_time")).isEqualTo("2026-11-02T08:00:00Z");
        assertThat(doc.get("kibana.alert.original_event.action")).isEqualTo("RunInstances");
        assertThat(doc.get("event.kind")).isEqualTo("signal");
        assertThat(doc.get("@timestamp")).isEqualTo("2026-11-28T00:00:00Z");
        assertThat(doc.get("cloud.region")).isEqualTo("ap-southeast-1");
        assertThat(doc.get("threat.technique.id")).isEqualTo("T1535");
        assertThat(doc.get("threat.tactic.id")).isEqualTo("TA0005");
        assertThat((String) doc.get("kibana.alert.reason")).contains("RunInstances", "ap-southeast-1", "alice", "medium alert Test Rule");
        assertThat(doc.get("kibana.alert.uuid")).isEqualTo(alert.uuid());
    }

    @Test
    void idsAreDeterministicAndDependOnRuleAndEvent() {
        String a = factory.forEvent(RULE, event("e1", "x")).uuid();
        assertThat(factory.forEvent(RULE, event("e1", "x")).uuid()).isEqualTo(a);
        assertThat(factory.forEvent(RULE, event("e2", "x")).uuid()).isNotEqualTo(a);
        assertThat(a).hasSize(64);
    }

    @Test
    void eventsWithoutIdAreKeyedByContent() {
        Event x = new DocumentBuilder().set("event.dataset", "azure.activitylogs").set("a", "1").build(new Origin("x", 1, 0));
        Event sameContent = new DocumentBuilder().set("a", "1").set("event.dataset", "azure.activitylogs").build(new Origin("y", 9, 4));
        Event other = new DocumentBuilder().set("event.dataset", "azure.activitylogs").set("a", "2").build(new Origin("x", 1, 0));
        assertThat(AlertIds.eventKey(x)).isEqualTo(AlertIds.eventKey(sameContent)).isNotEqualTo(AlertIds.eventKey(other));
    }

    @Test
    void sequenceGivesShellPlusOneBuildingBlockPerEvent() {
        List<Alert> alerts = factory.forSequence(RULE, List.of(event("e1", "ap-southeast-1"), event("e2", "us-east-1")));
        assertThat(alerts).hasSize(3);
        Alert shell = alerts.get(0);
        Event shellDoc = new Event(shell.document(), new Origin("a", 0, 0));
        assertThat(shellDoc.get("kibana.alert.group.id")).isEqualTo(shell.uuid());
        assertThat(shellDoc.get("kibana.alert.building_block_type")).isNull();
        assertThat(shellDoc.get("user.name")).isEqualTo("alice");
        assertThat(shellDoc.get("cloud.region")).isNull();
        for (int i = 1; i < 3; i++) {
            Event bb = new Event(alerts.get(i).document(), new Origin("a", 0, 0));
            assertThat(bb.get("kibana.alert.building_block_type")).isEqualTo("default");
            assertThat(bb.get("kibana.alert.group.id")).isEqualTo(shell.uuid());
            assertThat(bb.get("kibana.alert.group.index")).isEqualTo((long) (i - 1));
        }
        assertThat(alerts).extracting(Alert::uuid).doesNotHaveDuplicates();
        assertThat(shell.document()).containsKey("kibana");
        assertThat(((Map<?, ?>) shell.document().get("event")).get("kind")).isEqualTo("signal");
    }
}
