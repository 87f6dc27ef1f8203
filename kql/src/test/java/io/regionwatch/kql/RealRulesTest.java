package io.regionwatch.kql;

import static io.regionwatch.kql.Events.compile;
import static io.regionwatch.kql.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.match.Matcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Queries as written in elastic/detection-rules ({@code rules/integrations/{aws,azure,gcp}}, language
 * "kuery"), each against hand-built ECS events that should and should not alert.
 */
class RealRulesTest {
    @Test
    void awsIamCreateAccessKey() {
        Matcher m = compile("event.dataset:aws.cloudtrail and event.provider:iam.amazonaws.com"
                + " and event.action:CreateAccessKey and event.outcome:success");
        assertThat(m.matches(event("event.dataset", "aws.cloudtrail", "event.provider", "iam.amazonaws.com",
                "event.action", "CreateAccessKey", "event.outcome", "success"))).isTrue();
        assertThat(m.matches(event("event.dataset", "aws.cloudtrail", "event.provider", "iam.amazonaws.com",
                "event.action", "CreateAccessKey", "event.outcome", "failure"))).isFalse();
    }

    @Test
    void awsRegionEnabledWithSpacesAfterColonsAndLineBreaks() {
        Matcher m = compile("""
                data_stream.dataset: "aws.cloudtrail"
                    and event.provider: "account.amazonaws.com"
                    and event.action: "EnableRegion"
                    and event.outcome: "success"
                """);
        assertThat(m.matches(event("data_stream.dataset", "aws.cloudtrail", "event.provider", "account.amazonaws.com",
                "event.action", "EnableRegion", "event.outcome", "success"))).isTrue();
        assertThat(m.matches(event("data_stream.dataset", "aws.cloudtrail", "event.provider", "account.amazonaws.com",
                "event.action", "DisableRegion", "event.outcome", "success"))).isFalse();
    }

    @Test
    void awsSecurityGroupOpenToTheWorldOnRemotePorts() {
        Matcher m = compile("""
                event.dataset: "aws.cloudtrail"
                    and event.provider: ec2.amazonaws.com
                    and event.action: AuthorizeSecurityGroupIngress
                    and event.outcome: success
                    and aws.cloudtrail.flattened.request_parameters.ipPermissions.items.ipRanges.items.cidrIp: ("0.0.0.0/0" or "::/0")
                    and aws.cloudtrail.flattened.request_parameters.ipPermissions.items.fromPort: (
                        21 or 22 or 23 or 445 or 3389 or 5985 or 5986)
                """);
        String prefix = "aws.cloudtrail.flattened.request_parameters.ipPermissions.items.";
        assertThat(m.matches(event("event.dataset", "aws.cloudtrail", "event.provider", "ec2.amazonaws.com",
                "event.action", "AuthorizeSecurityGroupIngress", "event.outcome", "success",
                prefix + "ipRanges.items.cidrIp", List.of("10.0.0.0/8", "0.0.0.0/0"), prefix + "fromPort", 22L))).isTrue();
        assertThat(m.matches(event("event.dataset", "aws.cloudtrail", "event.provider", "ec2.amazonaws.com",
                "event.action", "AuthorizeSecurityGroupIngress", "event.outcome", "success",
                prefix + "ipRanges.items.cidrIp", "10.0.0.0/8", prefix + "fromPort", 22L))).isFalse();
    }

    @Test
    void unusedRegionRunInstancesOrCreateBucket() {
        Matcher m = compile("event.dataset:\"aws.cloudtrail\" and event.action:(\"RunInstances\" or \"CreateBucket\")"
                + " and not cloud.region:(us-east-1 or eu-west-1)");
        assertThat(m.matches(event("event.dataset", "aws.cloudtrail", "event.action", "CreateBucket",
                "cloud.region", "ap-southeast-3"))).isTrue();
        assertThat(m.matches(event("event.dataset", "aws.cloudtrail", "event.action", "CreateBucket",
                "cloud.region", "eu-west-1"))).isFalse();
        assertThat(m.matches(event("event.dataset", "aws.cloudtrail", "event.action", "CreateBucket"))).isTrue();
        assertThat(m.matches(event("event.dataset", "aws.cloudtrail", "event.action", "DeleteBucket",
                "cloud.region", "ap-southeast-3"))).isFalse();
    }

    @Test
    void azureResourceGroupDeletionWithOutcomeInEitherCase() {
        Matcher m = compile("event.dataset:azure.activitylogs and azure.activitylogs.operation_name:"
                + "\"MICROSOFT.RESOURCES/SUBSCRIPTIONS/RESOURCEGROUPS/DELETE\" and event.outcome:(Success or success)");
        assertThat(m.matches(event("event.dataset", "azure.activitylogs", "azure.activitylogs.operation_name",
                "MICROSOFT.RESOURCES/SUBSCRIPTIONS/RESOURCEGROUPS/DELETE", "event.outcome", "Success"))).isTrue();
        assertThat(m.matches(event("event.dataset", "azure.activitylogs", "azure.activitylogs.operation_name",
                "Microsoft.Resources/subscriptions/resourceGroups/delete", "event.outcome", "Success"))).isFalse();
    }

    @Test
    void azurePacketCaptureQuotedStarsAreLiteralInKibana() {
        Matcher m = compile("""
                event.dataset:azure.activitylogs and azure.activitylogs.operation_name:
                    (
                        "MICROSOFT.NETWORK/*/STARTPACKETCAPTURE/ACTION" or
                        "MICROSOFT.NETWORK/*/VPNCONNECTIONS/STARTPACKETCAPTURE/ACTION" or
                        "MICROSOFT.NETWORK/*/PACKETCAPTURES/WRITE"
                    ) and
                event.outcome:(Success or success)
                """);
        assertThat(m.matches(event("event.dataset", "azure.activitylogs", "azure.activitylogs.operation_name",
                "MICROSOFT.NETWORK/*/PACKETCAPTURES/WRITE", "event.outcome", "success"))).isTrue();
        assertThat(m.matches(event("event.dataset", "azure.activitylogs", "azure.activitylogs.operation_name",
                "MICROSOFT.NETWORK/NETWORKWATCHERS/PACKETCAPTURES/WRITE", "event.outcome", "success"))).isFalse();
    }

    @Test
    void gcpServiceAccountKeyWithVersionWildcard() {
        Matcher m = compile("event.dataset:gcp.audit and event.action:google.iam.admin.v*.CreateServiceAccountKey"
                + " and event.outcome:success");
        assertThat(m.matches(event("event.dataset", "gcp.audit", "event.action",
                "google.iam.admin.v1.CreateServiceAccountKey", "event.outcome", "success"))).isTrue();
        assertThat(m.matches(event("event.dataset", "gcp.audit", "event.action",
                "google.iam.admin.v1.createserviceaccountkey", "event.outcome", "success"))).isFalse();
        assertThat(m.matches(event("event.dataset", "gcp.audit", "event.action",
                "google.iam.admin.v1.DeleteServiceAccountKey", "event.outcome", "success"))).isFalse();
    }

    @Test
    void gcpDatasetListAlternatives() {
        Matcher m = compile("event.dataset:(googlecloud.audit or gcp.audit) and event.action:google.iam.admin.v*.CreateRole"
                + " and event.outcome:success");
        assertThat(m.matches(event("event.dataset", "googlecloud.audit", "event.action",
                "google.iam.admin.v1.CreateRole", "event.outcome", "success"))).isTrue();
        assertThat(m.matches(event("event.dataset", "gcp.audit", "event.action",
                "google.iam.admin.v1.CreateRole", "event.outcome", "failure"))).isFalse();
    }
}
