package io.regionwatch.sigma;

import static io.regionwatch.sigma.SigmaFixtures.RUN_INSTANCES;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Correlation rules as stateful detections, and filters applied by log source. */
class CorrelationTest {
    private static final String BASE = RUN_INSTANCES + """
            title: Create key pair
            name: create_key
            logsource: {product: aws, service: cloudtrail}
            detection:
              selection: {eventName: CreateKeyPair}
              condition: selection
            ---
            """;

    private static Event ev(String action, String user, String region, int minute) {
        return new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.action", action)
                .set("user.name", user).set("cloud.region", region)
                .set("@timestamp", String.format("2026-11-28T03:%02d:00Z", minute)).build(Origin.UNKNOWN);
    }

    /** Runs the last rule of the file (the correlation) over the events; sizes of matches, negative at finish. */
    private static List<Integer> run(String yaml, Event... events) throws Exception {
        List<CompiledSigmaRule> rules = Sigma.load(yaml, "corr.yml", SigmaOptions.defaults());
        CompiledSigmaRule correlation = rules.get(rules.size() - 1);
        List<Integer> matches = new ArrayList<>();
        for (Event e : events) {
            correlation.detection().accept(e, m -> matches.add(m.events().size()));
        }
        correlation.detection().finish(m -> matches.add(-m.events().size()));
        return matches;
    }

    @Test
    void valueCountOfRegionsPerUserSlidingWindow() throws Exception {
        String yaml = BASE + """
                title: Instances launched in many regions
                correlation:
                  type: value_count
                  rules: [run_instances]
                  group-by: [userIdentity.userName]
                  timespan: 10m
                  condition: {field: awsRegion, gte: 3}
                """;
        assertThat(run(yaml, ev("RunInstances", "bob", "us-east-1", 0), ev("RunInstances", "bob", "eu-west-3", 5),
                ev("RunInstances", "alice", "ap-south-1", 6), ev("RunInstances", "bob", "eu-west-3", 7),
                ev("RunInstances", "bob", "sa-east-1", 9))).containsExactly(4);
        assertThat(Sigma.load(yaml, "q.yml", SigmaOptions.defaults()).get(1).query()).isEqualTo(
                "value_count(awsRegion) of [run_instances] by [userIdentity.userName] within 600s where {gte=3}");
        // the first region falls out of the 10-minute window before the third distinct one arrives
        assertThat(run(yaml, ev("RunInstances", "bob", "us-east-1", 0), ev("RunInstances", "bob", "eu-west-3", 5),
                ev("RunInstances", "bob", "sa-east-1", 11))).isEmpty();
    }

    @Test
    void aCorrelationAsksTheEngineForItsMembersEventsInTimeOrder() throws Exception {
        String yaml = BASE + """
                title: Burst
                correlation:
                  type: event_count
                  rules: [run_instances, create_key]
                  group-by: [awsRegion]
                  timespan: 1h
                  condition: {gt: 2}
                """;
        List<CompiledSigmaRule> rules = Sigma.load(yaml, "corr.yml", SigmaOptions.defaults());
        io.regionwatch.core.engine.Detection.TimeOrder order = rules.get(rules.size() - 1).detection().timeOrder();
        assertThat(order).isNotNull();
        assertThat(order.time().field()).isEqualTo("@timestamp");
        assertThat(order.candidates().matches(ev("RunInstances", "bob", "us-east-1", 0))).isTrue();
        assertThat(order.candidates().matches(ev("CreateKeyPair", "bob", "us-east-1", 0))).isTrue();
        assertThat(order.candidates().matches(ev("DescribeInstances", "bob", "us-east-1", 0))).isFalse();
    }

    @Test
    void eventCountAndGenerateFlag() throws Exception {
        String yaml = BASE + """
                title: Burst
                correlation:
                  type: event_count
                  rules: [run_instances, create_key]
                  group-by: [awsRegion]
                  timespan: 1h
                  condition: {gt: 2}
                """;
        assertThat(run(yaml, ev("RunInstances", "a", "r1", 0), ev("CreateKeyPair", "b", "r1", 1),
                ev("RunInstances", "c", "r2", 2), ev("RunInstances", "c", "r1", 3))).containsExactly(3);
        List<CompiledSigmaRule> generated = Sigma.load(yaml.replace("condition: {gt: 2}", "condition: {gt: 2}\n  generate: true"),
                "g.yml", SigmaOptions.defaults());
        assertThat(generated).hasSize(3);
    }

    @Test
    void upperBoundConditionsAreDecidedWhenTheWindowCloses() throws Exception {
        String yaml = BASE + """
                title: Exactly two
                correlation:
                  type: event_count
                  rules: [run_instances]
                  group-by: [userIdentity.userName]
                  timespan: 10m
                  condition: {gte: 2, lte: 2}
                """;
        // bob: 2 in his first window (closed by the hit at minute 20), then 1; carol: 3 -> none; dave: 2 at finish
        assertThat(run(yaml, ev("RunInstances", "bob", "r", 0), ev("RunInstances", "bob", "r", 3),
                ev("RunInstances", "carol", "r", 4), ev("RunInstances", "carol", "r", 5), ev("RunInstances", "carol", "r", 6),
                ev("RunInstances", "bob", "r", 20), ev("RunInstances", "dave", "r", 21), ev("RunInstances", "dave", "r", 22)))
                .containsExactly(2, -2);
    }

    @Test
    void temporalAndTemporalOrdered() throws Exception {
        String temporal = BASE + """
                title: Key then instance
                correlation:
                  type: temporal
                  rules: [create_key, run_instances]
                  group-by: [userIdentity.userName]
                  timespan: 5m
                """;
        assertThat(run(temporal, ev("RunInstances", "bob", "r", 0), ev("CreateKeyPair", "bob", "r", 2))).containsExactly(2);
        assertThat(run(temporal, ev("RunInstances", "bob", "r", 0), ev("CreateKeyPair", "eve", "r", 2))).isEmpty();
        assertThat(run(temporal, ev("RunInstances", "bob", "r", 0), ev("CreateKeyPair", "bob", "r", 6))).isEmpty();
        String ordered = temporal.replace("type: temporal", "type: temporal_ordered");
        assertThat(run(ordered, ev("RunInstances", "bob", "r", 0), ev("CreateKeyPair", "bob", "r", 2))).isEmpty();
        assertThat(run(ordered, ev("CreateKeyPair", "bob", "r", 0), ev("RunInstances", "bob", "r", 2))).containsExactly(2);
    }

    @Test
    void valueSumAndAverage() throws Exception {
        String yaml = BASE + """
                title: Many instances
                correlation:
                  type: value_sum
                  rules: [run_instances]
                  group-by: [userIdentity.userName]
                  timespan: 1h
                  condition: {field: requestParameters.count, gte: 10}
                """;
        Event a = new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.action", "RunInstances")
                .set("user.name", "bob").set("@timestamp", "2026-11-28T03:00:00Z")
                .set("aws.cloudtrail.flattened.request_parameters.count", 6L).build(Origin.UNKNOWN);
        Event b = new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.action", "RunInstances")
                .set("user.name", "bob").set("@timestamp", "2026-11-28T03:01:00Z")
                .set("aws.cloudtrail.flattened.request_parameters.count", "4").build(Origin.UNKNOWN);
        assertThat(run(yaml, a, b)).containsExactly(2);
        assertThat(run(yaml.replace("value_sum", "value_avg").replace("gte: 10", "gte: 5"), a, b)).containsExactly(1);
    }

    @Test
    void chainedCorrelations() throws Exception {
        String yaml = BASE + """
                title: Burst
                name: burst
                correlation:
                  type: event_count
                  rules: [run_instances]
                  group-by: [userIdentity.userName]
                  timespan: 1h
                  condition: {gte: 2}
                ---
                title: Repeated bursts
                correlation:
                  type: event_count
                  rules: [burst]
                  group-by: [userIdentity.userName]
                  timespan: 1h
                  condition: {gte: 2}
                """;
        assertThat(run(yaml, ev("RunInstances", "bob", "r", 0), ev("RunInstances", "bob", "r", 1),
                ev("RunInstances", "bob", "r", 2), ev("RunInstances", "bob", "r", 3))).containsExactly(2);
    }

    @Test
    void chainedCorrelationDoesNotShareStateWithTheGeneratedOne() throws Exception {
        String yaml = BASE + """
                title: Burst
                name: burst
                correlation:
                  type: event_count
                  rules: [run_instances]
                  group-by: [userIdentity.userName]
                  timespan: 1h
                  condition: {gte: 2}
                ---
                title: Repeated bursts
                correlation:
                  type: event_count
                  rules: [burst]
                  group-by: [userIdentity.userName]
                  timespan: 1h
                  condition: {gte: 2}
                  generate: true
                """;
        List<CompiledSigmaRule> rules = Sigma.load(yaml, "chain.yml", SigmaOptions.defaults());
        assertThat(rules).extracting(CompiledSigmaRule::title).containsExactly("Create key pair", "Burst", "Repeated bursts");
        List<String> alerts = new ArrayList<>();
        for (int minute = 0; minute < 4; minute++) {
            Event e = ev("RunInstances", "bob", "r", minute);
            rules.forEach(r -> r.detection().accept(e, m -> alerts.add(r.title())));
        }
        assertThat(alerts).containsExactly("Burst", "Burst", "Repeated bursts");
    }

    @Test
    void aliasesGroupDifferentFieldsAndResolveRulesReferencedById() throws Exception {
        String yaml = """
                title: Key created for a user
                id: 11111111-1111-4111-8111-111111111111
                name: key_created
                logsource: {product: aws, service: cloudtrail}
                detection:
                  selection: {eventName: CreateAccessKey}
                  condition: selection
                ---
                title: User acting
                name: user_acting
                logsource: {product: aws, service: cloudtrail}
                detection:
                  selection: {eventName: RunInstances}
                  condition: selection
                ---
                title: New key used to launch instances
                correlation:
                  type: temporal_ordered
                  rules: [11111111-1111-4111-8111-111111111111, user_acting]
                  group-by: [principal]
                  timespan: 10m
                  aliases:
                    principal:
                      key_created: requestParameters.userName
                      user_acting: userIdentity.userName
                """;
        Event created = new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.action", "CreateAccessKey")
                .set("user.name", "admin").set("aws.cloudtrail.flattened.request_parameters.userName", "bob")
                .set("@timestamp", "2026-11-28T03:00:00Z").build(Origin.UNKNOWN);
        assertThat(run(yaml, created, ev("RunInstances", "bob", "r", 4))).containsExactly(2);
        assertThat(run(yaml, created, ev("RunInstances", "admin", "r", 4))).isEmpty();
    }

    @Test
    void correlationErrors() {
        LoadReport report = Sigma.check(BASE + """
                title: Bad
                correlation:
                  type: value_avg
                  rules: [run_instances]
                  timespan: 1h
                  condition: {field: awsRegion, percentile: 50, gte: 3}
                ---
                title: Dangling
                correlation:
                  type: event_count
                  rules: [nope]
                  timespan: 1h
                  condition: {gte: 3}
                ---
                title: Unmapped
                correlation:
                  type: event_count
                  rules: [run_instances]
                  group-by: [ComputerName]
                  timespan: 1h
                  condition: {gte: 3}
                """, "bad.yml", SigmaOptions.defaults());
        assertThat(report.diagnostics()).extracting(Object::toString)
                .anySatisfy(d -> assertThat(d).contains("'percentile' belongs to value_percentile correlations only"))
                .anySatisfy(d -> assertThat(d).contains("refers to rule 'nope'"))
                .anySatisfy(d -> assertThat(d).contains("correlation field 'ComputerName' has no mapping"));
    }

    @Test
    void filtersSuppressMatchesOfTheRulesTheyName() throws Exception {
        String yaml = """
                title: Run instances
                id: 6f3e2987-db24-4c78-a860-b4f4095a7095
                logsource: {product: aws, service: cloudtrail}
                detection:
                  selection: {eventName: RunInstances}
                  condition: selection
                ---
                title: Approved regions
                logsource: {product: aws, service: cloudtrail}
                filter:
                  rules: [6f3e2987-db24-4c78-a860-b4f4095a7095]
                  approved:
                    awsRegion: [us-east-1, eu-west-1]
                  condition: approved
                """;
        List<CompiledSigmaRule> rules = Sigma.load(yaml, "f.yml", SigmaOptions.defaults());
        assertThat(rules).hasSize(1);
        assertThat(TestRules.matches(rules.get(0), ev("RunInstances", "bob", "ap-east-1", 0))).isTrue();
        assertThat(TestRules.matches(rules.get(0), ev("RunInstances", "bob", "eu-west-1", 0))).isFalse();
        LoadReport pySigmaStyle = Sigma.check(yaml.replace("condition: approved", "condition: not approved"), "f.yml",
                SigmaOptions.defaults());
        assertThat(pySigmaStyle.diagnostics()).singleElement().asString().contains("warning: a filter condition names");
    }
}
