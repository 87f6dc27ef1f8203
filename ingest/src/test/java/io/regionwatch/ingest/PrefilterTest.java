package io.regionwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.ActionInterest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The prefilter passes over CloudTrail records whose action no rule wants: it must reject exactly
 * what full normalization rejects, with the same reasons, count exactly the same, and hand on
 * exactly the events whose action is wanted, identical to their full normalization.
 */
class PrefilterTest {
    private static final List<String> FIXTURES = List.of("aws/111122223333_CloudTrail_ap-southeast-3_20240501T1000Z_abc.json",
            "aws/records.ndjson", "aws/cloudwatch-subscription.json", "aws/lookup-events.json", "aws/eventbridge.json",
            "aws/grimoire-array.json", "azure/eventhub-batch.json", "gcp/audit.jsonl");
    private static final ActionInterest RUN_INSTANCES = ActionInterest.of(Set.of("runinstances", "createbucket"));

    /** A small string limit, so a payload can break it. */
    private static final Limits LIMITS = Limits.defaults().withMaxStringLength(20_000);

    private static IngestOptions options(ActionInterest interest) {
        return new IngestOptions(false, false, LIMITS, interest);
    }

    @Test
    void passesOverUnwantedActionsButCountsAndChecksThemAsFullNormalizationDoes() {
        for (String fixture : FIXTURES) {
            byte[] input = Fixtures.bytes(fixture);
            compare(fixture, input);
        }
    }

    /** Real shapes with random values of other JSON types: the verdicts must not depend on the prefilter. */
    @Test
    void wrongTypesAreRejectedTheSameWithAndWithoutThePrefilter() {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Object> replacements = Arrays.asList(5, -1.5, true, null, "", "x", "RunInstances", "2024-13-01T00:00:00Z",
                List.of(), List.of(1, "a"), java.util.Map.of(), java.util.Map.of("a", 1));
        Random random = new Random(1535);
        int passedOver = 0;
        int rejected = 0;
        for (int round = 0; round < 2000; round++) {
            String fixture = FIXTURES.get(round % FIXTURES.size());
            String text = new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8);
            boolean lines = fixture.endsWith(".ndjson") || fixture.endsWith(".jsonl");
            Object tree = mapper.readValue(lines ? text.lines().findFirst().orElseThrow() : text, Object.class);
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                tree = RobustnessTest.replaceRandom(tree, replacements.get(random.nextInt(replacements.size())), random);
            }
            Collector[] both = compare(fixture + " round " + round, mapper.writeValueAsBytes(tree));
            passedOver += (int) both[1].stats.passedOver();
            rejected += both[1].rejects.size();
        }
        // the rounds exercised both paths
        assertThat(passedOver).isGreaterThan(200);
        assertThat(rejected).isGreaterThan(100);
    }

    private static Collector[] compare(String what, byte[] input) {
        Collector full = Collector.ingest(input, options(ActionInterest.EVERY_EVENT));
        Collector filtered = Collector.ingest(input, options(RUN_INSTANCES));
        assertThat(filtered.stats.read()).as(what).isEqualTo(full.stats.read());
        assertThat(filtered.stats.evaluated()).as(what).isEqualTo(full.stats.evaluated());
        assertThat(filtered.stats.perDataset()).as(what).isEqualTo(full.stats.perDataset());
        assertThat(filtered.skips).as(what).isEqualTo(full.skips);
        assertThat(filtered.rejects).as(what).isEqualTo(full.rejects);
        List<Event> wanted = full.events.stream().filter(PrefilterTest::handedOn).toList();
        assertThat(filtered.events.stream().map(e -> e.document()).toList()).as(what)
                .isEqualTo(wanted.stream().map(e -> e.document()).toList());
        assertThat(filtered.events.stream().map(Event::origin).toList()).as(what)
                .isEqualTo(wanted.stream().map(Event::origin).toList());
        assertThat(filtered.stats.passedOver()).as(what).isEqualTo(full.events.size() - wanted.size());
        return new Collector[] {full, filtered};
    }

    /** A passed-over record is still held to every limit, inside its payloads too. */
    @Test
    void payloadsNotBuiltStillBreakTheLimits() {
        String head = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2024-05-01T10:00:00Z\",\"eventSource\":\"ec2.amazonaws.com\","
                + "\"eventName\":\"DescribeInstances\",\"awsRegion\":\"eu-west-1\",\"requestParameters\":";
        String deep = "[".repeat(200) + "]".repeat(200);
        String[] payloads = {
            "{\"a\":1,\"a\":2}}",                                    // duplicate key inside the payload
            "{\"x\":{\"y\":\"" + "z".repeat(40_000) + "\"}}}",          // a string over maxStringLength
            "{\"d\":" + deep + "}}",                                    // nested over maxDepth
            "{\"n\":[1,2.5,-3e7,true,null,\"s\"],\"ok\":{}}}",             // fine: passed over
        };
        for (String payload : payloads) {
            compare(payload.substring(0, Math.min(30, payload.length())), (head + payload + "\n" + head + payload).getBytes(StandardCharsets.UTF_8));
        }
        Collector fine = Collector.ingest(head + payloads[3], options(RUN_INSTANCES));
        assertThat(fine.stats.passedOver()).isEqualTo(1);
        Collector duplicate = Collector.ingest(head + payloads[0], options(RUN_INSTANCES));
        assertThat(duplicate.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("duplicate key 'a'"));
    }

    /** What the prefilter hands on: wanted CloudTrail actions, and every record of another cloud. */
    private static boolean handedOn(Event e) {
        if (!"aws.cloudtrail".equals(e.get("event.dataset"))) {
            return true;
        }
        Object action = e.get("event.action");
        return action instanceof String s && Set.of("runinstances", "createbucket").contains(s.toLowerCase(Locale.ROOT));
    }
}
