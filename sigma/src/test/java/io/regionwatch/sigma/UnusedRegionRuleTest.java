package io.regionwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.rule.ApprovedRegions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The T1535 pattern in Sigma: an allow-list of regions through |expand and the approved-region configuration. */
class UnusedRegionRuleTest {
    private static CompiledSigmaRule rule() throws Exception {
        Path file = Path.of(UnusedRegionRuleTest.class.getResource("/rules/aws_resource_created_in_unapproved_region.yml").toURI());
        return Sigma.load(file, SigmaOptions.defaults().withApprovedRegions(ApprovedRegions.SEED_DEFAULT)).get(0);
    }

    private static Event call(String action, String region) {
        return new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.provider", "ec2.amazonaws.com")
                .set("event.action", action).set("cloud.region", region).build(Origin.UNKNOWN);
    }

    @Test
    void firesOutsideTheApprovedRegionsOnly() throws Exception {
        CompiledSigmaRule rule = rule();
        assertThat(TestRules.matches(rule, call("RunInstances", "ap-southeast-3"))).isTrue();
        assertThat(TestRules.matches(rule, call("CreateVpc", "me-central-1"))).isTrue();
        assertThat(TestRules.matches(rule, call("RunInstances", "eu-west-1"))).isFalse();
        assertThat(TestRules.matches(rule, call("DescribeInstances", "ap-southeast-3"))).isFalse();
        Event denied = new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.action", "RunInstances")
                .set("cloud.region", "ap-southeast-3").set("aws.cloudtrail.error_code", "Client.UnauthorizedOperation")
                .build(Origin.UNKNOWN);
        assertThat(TestRules.matches(rule, denied)).isFalse();
        assertThat(rule.severity().label()).isEqualTo("high");
        assertThat(rule.threat()).singleElement().satisfies(t -> assertThat(t.techniques())
                .extracting(x -> x.entry().id()).containsExactly("T1535"));
    }

    @Test
    void withoutApprovedRegionsTheRuleIsRejected() throws Exception {
        Path file = Path.of(UnusedRegionRuleTest.class.getResource("/rules/aws_resource_created_in_unapproved_region.yml").toURI());
        assertThatThrownBy(() -> Sigma.load(file, SigmaOptions.defaults()))
                .isInstanceOf(DiagnosticException.class).hasMessageContaining("'%ApprovedRegions_aws%' has no values");
        assertThat(SigmaOptions.defaults().withApprovedRegions(ApprovedRegions.of(List.of("us-east-1"))).placeholders())
                .containsEntry("ApprovedRegions", List.of("us-east-1")).doesNotContainKey("ApprovedRegions_*");
    }
}
