package io.regionwatch.eql;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The product's flagship rule, run verbatim, with and without the approved-region binding. */
class SeedQueryTest {
    static final String SEED = """
            any where
              event.dataset in ("aws.cloudtrail", "azure.activitylogs")
              and event.outcome == "success"
              and (
                event.action in ("RunInstances", "CreateBucket", "CreateCluster")
                or event.action in ("MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE", "MICROSOFT.RESOURCES/RESOURCEGROUPS/WRITE")
              )
              and cloud.region != null
              and not cloud.region in ("us-east-1", "us-west-2", "eu-west-1")
            """;

    private static Event event(String dataset, String action, String outcome, String region) {
        return new DocumentBuilder()
                .set("@timestamp", "2026-11-28T01:00:00Z")
                .set("event.dataset", dataset)
                .set("event.action", action)
                .set("event.outcome", outcome)
                .set("cloud.region", region)
                .build(Origin.UNKNOWN);
    }

    private static boolean matches(CompiledEql rule, Event e) {
        return !rule.execute(List.of(e)).isEmpty();
    }

    @Test
    void flagsLaunchesOutsideTheApprovedRegions() throws Exception {
        CompiledEql rule = Eql.parse(SEED, "seed.eql").compile(EqlOptions.defaults());
        assertThat(matches(rule, event("aws.cloudtrail", "RunInstances", "success", "ap-southeast-3"))).isTrue();
        assertThat(matches(rule, event("aws.cloudtrail", "RunInstances", "success", "us-east-1"))).isFalse();
        assertThat(matches(rule, event("aws.cloudtrail", "RunInstances", "failure", "ap-southeast-3"))).isFalse();
        assertThat(matches(rule, event("aws.cloudtrail", "RunInstances", "success", null))).isFalse();
        assertThat(matches(rule, event("aws.cloudtrail", "DescribeInstances", "success", "ap-southeast-3"))).isFalse();
        assertThat(matches(rule, event("gcp.audit", "RunInstances", "success", "ap-southeast-3"))).isFalse();
        assertThat(matches(rule, event("azure.activitylogs", "MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE", "success",
                "brazilsouth"))).isTrue();
    }

    @Test
    void inIsCaseSensitiveAsInElasticsearch() throws Exception {
        CompiledEql rule = Eql.parse(SEED, "seed.eql").compile(EqlOptions.defaults());
        assertThat(matches(rule, event("azure.activitylogs", "Microsoft.Compute/virtualMachines/write", "success",
                "brazilsouth"))).isFalse();
    }

    @Test
    void boundListReplacesTheApprovedRegionsWithoutEditingTheRule() throws Exception {
        CompiledEql rule = Eql.parse(SEED, "seed.eql")
                .compile(EqlOptions.defaults().bindList("cloud.region", List.of("eu-west-3", "eu-central-1")));
        assertThat(matches(rule, event("aws.cloudtrail", "RunInstances", "success", "eu-west-3"))).isFalse();
        assertThat(matches(rule, event("aws.cloudtrail", "RunInstances", "success", "us-east-1"))).isTrue();
        assertThat(matches(rule, event("aws.cloudtrail", "CreateBucket", "success", "eu-central-1"))).isFalse();
    }

    @Test
    void bindingAppliesToColonListsButNotToSinglePatternsOrOtherFields() throws Exception {
        EqlOptions options = EqlOptions.defaults().bindList("cloud.region", List.of("eu-*"));
        CompiledEql list = Eql.parse("any where event.action in (\"RunInstances\") and cloud.region : (\"us-*\")", "q")
                .compile(options);
        assertThat(matches(list, event("x", "RunInstances", "s", "eu-west-3"))).isTrue();
        assertThat(matches(list, event("x", "RunInstances", "s", "us-east-1"))).isFalse();
        CompiledEql single = Eql.parse("any where cloud.region : \"us-*\"", "q").compile(options);
        assertThat(matches(single, event("x", "RunInstances", "s", "us-east-1"))).isTrue();
        CompiledEql other = Eql.parse("any where event.action in (\"RunInstances\")", "q").compile(options);
        assertThat(matches(other, event("x", "RunInstances", "s", "us-east-1"))).isTrue();
    }

    @Test
    void bindingLeavesListsWithNonStringItemsAlone() throws Exception {
        CompiledEql rule = Eql.parse("any where cloud.region in (\"us-east-1\", 5)", "q")
                .compile(EqlOptions.defaults().bindList("cloud.region", List.of("eu-west-3")));
        assertThat(matches(rule, event("x", "RunInstances", "s", "us-east-1"))).isTrue();
        assertThat(matches(rule, event("x", "RunInstances", "s", "eu-west-3"))).isFalse();
    }

    @Test
    void multiValuedRegionIsRejectedWhenAnyValueIsApproved() throws Exception {
        CompiledEql rule = Eql.parse(SEED, "seed.eql").compile(EqlOptions.defaults());
        Event e = new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.action", "RunInstances")
                .set("event.outcome", "success").set("cloud.region", List.of("us-east-1", "ap-east-1"))
                .build(Origin.UNKNOWN);
        assertThat(matches(rule, e)).isFalse();
    }

    @Test
    void streamsThroughTheDetectionContract() throws Exception {
        CompiledEql rule = Eql.parse(SEED, "seed.eql").compile(EqlOptions.defaults());
        List<List<Event>> matches = new ArrayList<>();
        Event hit = event("aws.cloudtrail", "CreateCluster", "success", "me-south-1");
        rule.accept(event("aws.cloudtrail", "CreateCluster", "success", "eu-west-1"), m -> matches.add(m.events()));
        rule.accept(hit, m -> matches.add(m.events()));
        rule.finish(m -> matches.add(m.events()));
        assertThat(matches).containsExactly(List.of(hit));
        assertThat(rule.fieldsReferenced())
                .containsExactly("event.dataset", "event.outcome", "event.action", "cloud.region");
    }
}
