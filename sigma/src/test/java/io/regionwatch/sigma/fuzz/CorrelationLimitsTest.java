package io.regionwatch.sigma.fuzz;

import static io.regionwatch.sigma.SigmaFixtures.RUN_INSTANCES;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Origin;
import io.regionwatch.sigma.CompiledSigmaRule;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.core.limit.LimitTally;
import io.regionwatch.core.limit.StateLimit;
import io.regionwatch.sigma.correlation.CorrelationDetection;
import io.regionwatch.sigma.correlation.CorrelationLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A correlation grouped by an attacker-chosen value holds at most MAX_GROUPS groups, however many values arrive. */
class CorrelationLimitsTest {
    @Test
    void groupsStayUnderTheCap() throws Exception {
        assertThat(peakGroups("type: event_count", "{gte: 1000000}")).isEqualTo(CorrelationDetection.MAX_GROUPS);
    }

    /** The share reading of value_percentile keeps every group until its window closes: the cap still holds. */
    @Test
    void valueShareGroupsStayUnderTheCap() throws Exception {
        assertThat(peakGroups("type: value_percentile", "{field: awsRegion, lte: 1}")).isEqualTo(CorrelationDetection.MAX_GROUPS);
    }

    private static int peakGroups(String type, String condition) throws Exception {
        String yaml = RUN_INSTANCES + """
                title: Many per user
                correlation:
                  type: event_count
                  rules: [run_instances]
                  group-by: [userIdentity.userName]
                  timespan: 24h
                  condition: {gte: 1000000}
                """.replace("type: event_count", type).replace("{gte: 1000000}", condition);
        List<CompiledSigmaRule> rules = Sigma.load(yaml, "corr.yml", SigmaOptions.defaults());
        CorrelationDetection correlation = (CorrelationDetection) rules.get(rules.size() - 1).detection();
        int peak = 0;
        for (int i = 0; i < CorrelationDetection.MAX_GROUPS + 50_000; i++) {
            correlation.accept(new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.action", "RunInstances")
                    .set("user.name", "u" + i).set("cloud.region", "r" + i).set("@timestamp", "2026-11-28T03:00:00Z")
                    .build(Origin.UNKNOWN), m -> { });
            peak = Math.max(peak, correlation.groupCount());
        }
        return peak;
    }

    /** Every value rare in one full group: each fires once, from one pass over the window (not one per value). */
    @Test
    void aFullGroupOfRareValuesFiresEachOnce() throws Exception {
        String yaml = RUN_INSTANCES + """
                title: Rare regions
                correlation:
                  type: value_percentile
                  rules: [run_instances]
                  group-by: [userIdentity.userName]
                  timespan: 24h
                  condition: {field: awsRegion, lte: 1}
                """;
        List<CompiledSigmaRule> rules = Sigma.load(yaml, "corr.yml", SigmaOptions.defaults());
        CorrelationDetection correlation = (CorrelationDetection) rules.get(rules.size() - 1).detection();
        int[] matches = {0};
        for (int i = 0; i < CorrelationDetection.MAX_HITS_PER_GROUP + 5_000; i++) {
            correlation.accept(new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.action", "RunInstances")
                    .set("user.name", "bob").set("cloud.region", "r" + i).set("@timestamp", "2026-11-28T03:00:00Z")
                    .build(Origin.UNKNOWN), m -> matches[0]++);
        }
        correlation.finish(m -> matches[0]++);
        // the window keeps the newest MAX_HITS_PER_GROUP hits; each of their values is 0.01% of them
        assertThat(matches[0]).isEqualTo(CorrelationDetection.MAX_HITS_PER_GROUP);
    }

    private static final String COUNT_BY_USER = RUN_INSTANCES + """
            title: Many per user
            id: 0b1c3a56-1111-4a7e-9a51-6f1d2c3b4a5e
            correlation:
              type: event_count
              rules: [run_instances]
              group-by: [userIdentity.userName]
              timespan: 24h
              condition: {gte: 1000000}
            """;

    private static io.regionwatch.core.event.Event run(String user, int second) {
        return new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.action", "RunInstances")
                .set("user.name", user).set("@timestamp", String.format("2026-11-28T03:%02d:%02dZ", second / 60 % 60, second % 60))
                .build(Origin.UNKNOWN);
    }

    @Test
    void configuredGroupBoundHoldsAndEveryDroppedGroupIsCountedUnderTheRuleId() throws Exception {
        LimitTally tally = new LimitTally();
        SigmaOptions options = SigmaOptions.defaults().withCorrelationLimits(new CorrelationLimits(10, 1000, tally));
        List<CompiledSigmaRule> rules = Sigma.load(COUNT_BY_USER, "corr.yml", options);
        CorrelationDetection correlation = (CorrelationDetection) rules.get(rules.size() - 1).detection();
        int peak = 0;
        for (int i = 0; i < 500; i++) {
            correlation.accept(run("u" + i, 0), m -> { });
            peak = Math.max(peak, correlation.groupCount());
        }
        assertThat(peak).isEqualTo(10);
        assertThat(tally.count(StateLimit.CORRELATION_GROUPS, "0b1c3a56-1111-4a7e-9a51-6f1d2c3b4a5e")).isEqualTo(490);
    }

    @Test
    void configuredHitsPerGroupBoundIsCounted() throws Exception {
        LimitTally tally = new LimitTally();
        SigmaOptions options = SigmaOptions.defaults().withCorrelationLimits(new CorrelationLimits(10, 3, tally));
        List<CompiledSigmaRule> rules = Sigma.load(COUNT_BY_USER, "corr.yml", options);
        CorrelationDetection correlation = (CorrelationDetection) rules.get(rules.size() - 1).detection();
        for (int i = 0; i < 20; i++) {
            correlation.accept(run("alice", i), m -> { });
        }
        // 20 hits, 3 kept
        assertThat(tally.count(StateLimit.CORRELATION_HITS, "0b1c3a56-1111-4a7e-9a51-6f1d2c3b4a5e")).isEqualTo(17);
    }
}
