package io.regionwatch.sigma;

import static io.regionwatch.sigma.SigmaFixtures.RUN_INSTANCES;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code value_percentile} (both readings) and {@code value_median}, with hand-computed expectations.
 * Match sizes are positive when a match fires on arrival or when a later event closes the window,
 * negative when it fires at finish.
 */
class ValuePercentileTest {
    private static final String BASE = RUN_INSTANCES;
    private static final Instant T0 = Instant.parse("2026-11-28T03:00:00Z");

    private static Event region(String user, String region, int minute) {
        return new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.action", "RunInstances")
                .set("user.name", user).set("cloud.region", region).set("@timestamp", T0.plusSeconds(60L * minute).toString())
                .build(Origin.UNKNOWN);
    }

    private static Event count(String user, long count, int minute) {
        return new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.action", "RunInstances")
                .set("user.name", user).set("aws.cloudtrail.flattened.request_parameters.count", count)
                .set("@timestamp", T0.plusSeconds(60L * minute).toString()).build(Origin.UNKNOWN);
    }

    private static List<Integer> run(String yaml, List<Event> events) throws Exception {
        List<CompiledSigmaRule> rules = Sigma.load(yaml, "corr.yml", SigmaOptions.defaults());
        CompiledSigmaRule correlation = rules.get(rules.size() - 1);
        List<Integer> matches = new ArrayList<>();
        for (Event e : events) {
            correlation.detection().accept(e, m -> matches.add(m.events().size()));
        }
        correlation.detection().finish(m -> matches.add(-m.events().size()));
        return matches;
    }

    private static final String RARE = BASE + """
            title: Rare region per user
            correlation:
              type: value_percentile
              rules: [run_instances]
              group-by: [userIdentity.userName]
              timespan: 1h
              condition: {field: awsRegion, lte: 10}
            """;

    /** Nine us-east-1 and one ap-east-1 for bob within the hour: shares 90% and 10%. */
    private static List<Event> nineAndOne(boolean rareFirst) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean rare = rareFirst ? i == 0 : i == 9;
            events.add(region("bob", rare ? "ap-east-1" : "us-east-1", i));
        }
        return events;
    }

    @Test
    void shareReadingFiresForEachRareValueWhenTheWindowCloses() throws Exception {
        // ap-east-1 is 1 of 10 = 10% <= 10: one match with its one event, decided at finish
        assertThat(run(RARE, nineAndOne(false))).containsExactly(-1);
        // the rare value arriving first is still judged against the whole window, not at 100%
        assertThat(run(RARE, nineAndOne(true))).containsExactly(-1);
        // 10% is not below 9.5%
        assertThat(run(RARE.replace("lte: 10", "lt: 9.5"), nineAndOne(false))).isEmpty();
        // a later event beyond start + 1h closes the window on arrival; it opens a window of its own (100%)
        List<Event> closed = new ArrayList<>(nineAndOne(false));
        closed.add(region("bob", "sa-east-1", 61));
        assertThat(run(RARE, closed)).containsExactly(1);
        // groups are separate: alice's single event is 100% of her group
        List<Event> mixed = new ArrayList<>(nineAndOne(false));
        mixed.add(region("alice", "ap-east-1", 5));
        assertThat(run(RARE, mixed)).containsExactly(-1);
    }

    @Test
    void shareReadingCanSelectCommonValuesAndSeveralAtOnce() throws Exception {
        // a, a, a, b, c, d (6 events): shares 50%, 16.7%, 16.7%, 16.7%
        List<Event> events = new ArrayList<>();
        String[] regions = {"a", "b", "a", "c", "a", "d"};
        for (int i = 0; i < regions.length; i++) {
            events.add(region("bob", regions[i], i));
        }
        assertThat(run(RARE.replace("lte: 10", "gte: 50"), events)).containsExactly(-3);
        // three values at 16.7% fire separately, in order of first appearance
        assertThat(run(RARE.replace("lte: 10", "lte: 20"), events)).containsExactly(-1, -1, -1);
        // a range: above 10 and at most 20
        assertThat(run(RARE.replace("lte: 10", "gt: 10, lte: 20"), events)).containsExactly(-1, -1, -1);
        // events without the field do not count towards the whole: 1 of 2 valued events = 50%
        List<Event> sparse = List.of(region("bob", "a", 0), region("bob", "b", 1), count("bob", 3, 2), count("bob", 4, 3));
        assertThat(run(RARE.replace("lte: 10", "eq: 50"), sparse)).containsExactly(-1, -1);
    }

    private static final String P90 = BASE + """
            title: Large launches
            correlation:
              type: value_percentile
              rules: [run_instances]
              group-by: [userIdentity.userName]
              timespan: 1h
              condition: {field: requestParameters.count, percentile: 90, gt: 9}
            """;

    @Test
    void numericPercentileSlidesForLowerBounds() throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            events.add(count("bob", i, i));
        }
        // after k events valued 1..k, p90 = 1 + 0.9 (k - 1): first above 9 at k = 10 (9.1)
        assertThat(run(P90, events)).containsExactly(10);
        assertThat(run(P90.replace("gt: 9", "gt: 9.2"), events)).isEmpty();
        assertThat(Sigma.load(P90, "q.yml", SigmaOptions.defaults()).get(0).query()).isEqualTo(
                "value_percentile(requestParameters.count, 90) of [run_instances] by [userIdentity.userName] within 3600s where {gt=9}");
    }

    @Test
    void medianIsDecidedAtCloseForUpperBounds() throws Exception {
        String median = BASE + """
                title: Small launches
                correlation:
                  type: value_median
                  rules: [run_instances]
                  group-by: [userIdentity.userName]
                  timespan: 1h
                  condition: {field: requestParameters.count, lte: 10}
                """;
        // 6, 4, 100: median 6 <= 10
        assertThat(run(median, List.of(count("bob", 6, 0), count("bob", 4, 1), count("bob", 100, 2)))).containsExactly(-3);
        // 6, 4, 100, 50: median (6 + 50) / 2 = 28
        assertThat(run(median, List.of(count("bob", 6, 0), count("bob", 4, 1), count("bob", 100, 2), count("bob", 50, 3))))
                .isEmpty();
        // percentile: 50 is the same aggregate
        String p50 = median.replace("value_median", "value_percentile").replace("lte: 10", "percentile: 50, lte: 10");
        assertThat(run(p50, List.of(count("bob", 6, 0), count("bob", 4, 1), count("bob", 100, 2)))).containsExactly(-3);
    }

    @Test
    void loadDiagnostics() {
        LoadReport share = Sigma.check(RARE, "rare.yml", SigmaOptions.defaults());
        assertThat(share.diagnostics()).extracting(Object::toString)
                .singleElement().asString().contains("warning: value_percentile without condition.percentile");
        assertThat(Sigma.check(P90, "p90.yml", SigmaOptions.defaults()).diagnostics()).isEmpty();
        LoadReport bad = Sigma.check(P90.replace("percentile: 90", "percentile: 150") + """
                ---
                title: Wrong type
                correlation:
                  type: value_avg
                  rules: [run_instances]
                  group-by: [userIdentity.userName]
                  timespan: 1h
                  condition: {field: requestParameters.count, percentile: 90, gt: 9}
                """, "bad.yml", SigmaOptions.defaults());
        assertThat(bad.diagnostics()).extracting(Object::toString)
                .anySatisfy(d -> assertThat(d).contains("bad.yml:").contains("needs a whole number from 0 to 100"))
                .anySatisfy(d -> assertThat(d).contains("belongs to value_percentile correlations only"));
    }
}
