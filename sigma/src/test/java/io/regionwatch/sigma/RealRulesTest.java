package io.regionwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SigmaHQ cloud rules (DRL 1.1, authors as in each file) against hand-built ECS events. */
class RealRulesTest {
    private static CompiledSigmaRule load(String relative) throws Exception {
        Path file = Shared.dir("data/public/sigma").resolve(relative);
        return Sigma.load(file, SigmaOptions.defaults()).get(0);
    }

    private static DocumentBuilder cloudtrail(String source, String action) {
        return new DocumentBuilder().set("event.dataset", "aws.cloudtrail").set("event.provider", source)
                .set("event.action", action).set("cloud.region", "eu-west-3");
    }

    private static boolean fires(CompiledSigmaRule rule, Event event) {
        return TestRules.matches(rule, event);
    }

    @Test
    void enableRegion() throws Exception {
        // "AWS EnableRegion Command Monitoring", a5ffb6ea-c784-4e01-b30a-deb6e58ca2ab, Ivan Saakov, Sergey Zelenskiy
        CompiledSigmaRule rule = load("rules/cloud/aws/cloudtrail/aws_cloudtrail_region_enabled.yml");
        assertThat(rule.title()).isEqualTo("AWS EnableRegion Command Monitoring");
        assertThat(rule.authors()).containsExactly("Ivan Saakov", "Sergey Zelenskiy");
        assertThat(fires(rule, cloudtrail("account.amazonaws.com", "EnableRegion").build(Origin.UNKNOWN))).isTrue();
        assertThat(fires(rule, cloudtrail("account.amazonaws.com", "DisableRegion").build(Origin.UNKNOWN))).isFalse();
        assertThat(fires(rule, cloudtrail("ec2.amazonaws.com", "EnableRegion").build(Origin.UNKNOWN))).isFalse();
        Event azure = new DocumentBuilder().set("event.dataset", "azure.activitylogs").set("event.provider", "account.amazonaws.com")
                .set("event.action", "EnableRegion").build(Origin.UNKNOWN);
        assertThat(fires(rule, azure)).isFalse();
    }

    @Test
    void imdsCredentialsUsedOutsideEc2() throws Exception {
        CompiledSigmaRule rule = load("rules/cloud/aws/cloudtrail/aws_cloudtrail_imds_malicious_usage.yml");
        String arn = "arn:aws:sts::123456789012:assumed-role/aws:ec2-instance/i-0abc";
        Event stolen = cloudtrail("s3.amazonaws.com", "ListBuckets").set("aws.cloudtrail.user_identity.arn", arn)
                .set("source.address", "203.0.113.7").build(Origin.UNKNOWN);
        Event ssm = cloudtrail("ssm.amazonaws.com", "ListBuckets").set("aws.cloudtrail.user_identity.arn", arn)
                .build(Origin.UNKNOWN);
        Event internal = cloudtrail("s3.amazonaws.com", "ListBuckets").set("aws.cloudtrail.user_identity.arn", arn)
                .set("source.address", "AWS Internal").build(Origin.UNKNOWN);
        Event user = cloudtrail("s3.amazonaws.com", "ListBuckets")
                .set("aws.cloudtrail.user_identity.arn", "arn:aws:iam::123456789012:user/alice").build(Origin.UNKNOWN);
        assertThat(fires(rule, stolen)).isTrue();
        assertThat(fires(rule, ssm)).isFalse();
        assertThat(fires(rule, internal)).isFalse();
        assertThat(fires(rule, user)).isFalse();
    }

    @Test
    void updateLoginProfileForAnotherUser() throws Exception {
        CompiledSigmaRule rule = load("rules/cloud/aws/cloudtrail/aws_update_login_profile.yml");
        Event other = cloudtrail("iam.amazonaws.com", "UpdateLoginProfile")
                .set("aws.cloudtrail.user_identity.arn", "arn:aws:iam::1:user/mallory")
                .set("aws.cloudtrail.flattened.request_parameters.userName", "alice").build(Origin.UNKNOWN);
        Event self = cloudtrail("iam.amazonaws.com", "UpdateLoginProfile")
                .set("aws.cloudtrail.user_identity.arn", "alice")
                .set("aws.cloudtrail.flattened.request_parameters.userName", "alice").build(Origin.UNKNOWN);
        assertThat(fires(rule, other)).isTrue();
        assertThat(fires(rule, self)).isFalse();
    }

    @Test
    void consoleLoginWithoutMfa() throws Exception {
        CompiledSigmaRule rule = load("rules/cloud/aws/cloudtrail/aws_cloudtrail_console_login_success_without_mfa.yml");
        DocumentBuilder login = cloudtrail("signin.amazonaws.com", "ConsoleLogin")
                .set("aws.cloudtrail.flattened.response_elements.ConsoleLogin", "Success");
        assertThat(fires(rule, login.set("aws.cloudtrail.flattened.additional_eventdata.MFAUsed", "No").build(Origin.UNKNOWN))).isTrue();
        assertThat(fires(rule, login.set("aws.cloudtrail.flattened.additional_eventdata.MFAUsed", "Yes").build(Origin.UNKNOWN))).isFalse();
    }

    @Test
    void bucketDeletedWhenErrorCodeIsAbsent() throws Exception {
        CompiledSigmaRule rule = load("rules/cloud/aws/cloudtrail/" + findByTitle("AWS Bucket Deleted") + ".yml");
        assertThat(fires(rule, cloudtrail("s3.amazonaws.com", "DeleteBucket").build(Origin.UNKNOWN))).isTrue();
        assertThat(fires(rule, cloudtrail("s3.amazonaws.com", "DeleteBucket")
                .set("aws.cloudtrail.error_code", "AccessDenied").build(Origin.UNKNOWN))).isFalse();
    }

    private static String findByTitle(String title) throws Exception {
        Path dir = Shared.dir("data/public/sigma/rules/cloud/aws/cloudtrail");
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                if (java.nio.file.Files.readString(f).contains("title: " + title + "\n")) {
                    String name = f.getFileName().toString();
                    return name.substring(0, name.length() - 4);
                }
            }
        }
        throw new AssertionError("no rule titled " + title);
    }

    @Test
    void azureKeywordRuleMatchesUpperCasedAction() throws Exception {
        CompiledSigmaRule rule = load("rules/cloud/azure/activity_logs/azure_granting_permission_detection.yml");
        Event grant = new DocumentBuilder().set("event.dataset", "azure.activitylogs")
                .set("event.action", "MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE").build(Origin.UNKNOWN);
        Event other = new DocumentBuilder().set("event.dataset", "azure.activitylogs")
                .set("event.action", "MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE").build(Origin.UNKNOWN);
        assertThat(fires(rule, grant)).isTrue();
        assertThat(fires(rule, other)).isFalse();
    }

    @Test
    void gcpAccessPolicyDeleted() throws Exception {
        CompiledSigmaRule rule = load("rules/cloud/gcp/audit/gcp_access_policy_deleted.yml");
        DocumentBuilder e = new DocumentBuilder().set("event.dataset", "gcp.audit")
                .set("service.name", "accesscontextmanager.googleapis.com")
                .set("gcp.audit.authorization_info", List.of(java.util.Map.of(
                        "permission", "accesscontextmanager.accessPolicies.delete", "granted", true)));
        assertThat(fires(rule, e.build(Origin.UNKNOWN))).isTrue();
        e.set("gcp.audit.authorization_info", List.of(java.util.Map.of(
                "permission", "accesscontextmanager.accessPolicies.delete", "granted", false)));
        assertThat(fires(rule, e.build(Origin.UNKNOWN))).isFalse();
    }
}
