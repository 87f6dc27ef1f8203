package io.regionwatch.cli.simulate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * IAM, STS and console sign-in calls. IAM and the global sign-in endpoint are global services,
 * which a multi-region trail records with awsRegion us-east-1.
 */
final class IdentityCalls {

    /** IAM writes createDate in this human format inside responseElements. */
    private static final DateTimeFormatter IAM_DATE =
            DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);
    private static final String GLOBAL = "us-east-1";

    private final Rand rand;

    IdentityCalls(Rand rand) {
        this.rand = rand;
    }

    CloudTrailEvent consoleLogin(Instant t, AwsIdentity who, String ip, boolean success) {
        ObjectNode response = Json.object().put("ConsoleLogin", success ? "Success" : "Failure");
        ObjectNode extra = Json.object()
                .put("LoginTo", "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true")
                .put("MobileVersion", "No").put("MFAUsed", success ? "Yes" : "No");
        CloudTrailBuilder b = new CloudTrailBuilder(rand, AwsOrg.ACCOUNT).at(t, GLOBAL)
                .by(who, ip, AwsOrg.BROWSER).call("signin.amazonaws.com", "ConsoleLogin", false)
                .response(response).additional(extra).eventType("AwsConsoleSignIn")
                .tlsHost("signin.aws.amazon.com");
        if (!success) {
            b.failed(null, "Failed authentication");
        }
        return b.build();
    }

    CloudTrailEvent getCallerIdentity(Instant t, AwsIdentity who, String ip, String agent) {
        return new CloudTrailBuilder(rand, AwsOrg.ACCOUNT).at(t, GLOBAL).by(who, ip, agent)
                .call("sts.amazonaws.com", "GetCallerIdentity", true).build();
    }

    /** AssumeRole; a service caller (Lambda, EC2) has no accountId and a hostname as source. */
    CloudTrailEvent assumeRole(Instant t, String region, AwsIdentity who, String ip, String agent,
            String roleName, String session) {
        String roleArn = "arn:aws:iam::" + AwsOrg.ACCOUNT + ":role/" + roleName;
        ObjectNode request = Json.object().put("roleArn", roleArn).put("roleSessionName", session)
                .put("durationSeconds", 3600);
        ObjectNode credentials = Json.object().put("accessKeyId", "ASIA" + rand.upperAlnum(16))
                .put("sessionToken", "IQoJb3JpZ2luX2Vj" + rand.alnum(300))
                .put("expiration", IAM_DATE.format(t.plusSeconds(3600)));
        String roleId = "AROA" + rand.upperAlnum(17);
        // Session ARNs carry the role's name without its IAM path (aws-service-role/...).
        String bareName = roleName.substring(roleName.lastIndexOf('/') + 1);
        ObjectNode assumed = Json.object().put("assumedRoleId", roleId + ":" + session)
                .put("arn", "arn:aws:sts::" + AwsOrg.ACCOUNT + ":assumed-role/" + bareName + "/" + session);
        ObjectNode response = Json.object();
        response.set("credentials", credentials);
        response.set("assumedRoleUser", assumed);
        CloudTrailBuilder b = new CloudTrailBuilder(rand, AwsOrg.ACCOUNT).at(t, region).by(who, ip, agent)
                .call("sts.amazonaws.com", "AssumeRole", true).request(request).response(response);
        if ("AWSService".equals(who.type())) {
            b.tlsHost(null).resources(roleResource(roleArn));
        }
        return b.build();
    }

    CloudTrailEvent createUser(Instant t, AwsIdentity who, String ip, String agent, String userName) {
        ObjectNode request = Json.object().put("path", "/").put("userName", userName);
        ObjectNode user = Json.object().put("path", "/").put("userName", userName)
                .put("userId", "AIDA" + rand.upperAlnum(17))
                .put("arn", "arn:aws:iam::" + AwsOrg.ACCOUNT + ":user/" + userName)
                .put("createDate", IAM_DATE.format(t));
        ObjectNode response = Json.object();
        response.set("user", user);
        return iam(t, who, ip, agent, "CreateUser", request, response);
    }

    CloudTrailEvent createAccessKey(Instant t, AwsIdentity who, String ip, String agent, String userName) {
        ObjectNode request = Json.object().put("userName", userName);
        ObjectNode key = Json.object().put("accessKeyId", "AKIA" + rand.upperAlnum(16)).put("status", "Active")
                .put("userName", userName).put("createDate", IAM_DATE.format(t));
        ObjectNode response = Json.object();
        response.set("accessKey", key);
        return iam(t, who, ip, agent, "CreateAccessKey", request, response);
    }

    CloudTrailEvent createRole(Instant t, AwsIdentity who, String ip, String agent, String roleName) {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
        ObjectNode request = Json.object().put("path", "/").put("roleName", roleName)
                .put("assumeRolePolicyDocument", trust);
        ObjectNode role = Json.object().put("path", "/").put("roleName", roleName)
                .put("roleId", "AROA" + rand.upperAlnum(17))
                .put("arn", "arn:aws:iam::" + AwsOrg.ACCOUNT + ":role/" + roleName)
                .put("createDate", IAM_DATE.format(t)).put("assumeRolePolicyDocument", trust);
        ObjectNode response = Json.object();
        response.set("role", role);
        return iam(t, who, ip, agent, "CreateRole", request, response);
    }

    /** A read-only IAM list/get call (ListUsers, GetAccountSummary, ...). */
    CloudTrailEvent iamRead(Instant t, AwsIdentity who, String ip, String agent, String name) {
        return iam(t, who, ip, agent, name, null, null);
    }

    private CloudTrailEvent iam(Instant t, AwsIdentity who, String ip, String agent, String name,
            ObjectNode request, ObjectNode response) {
        boolean readOnly = name.startsWith("List") || name.startsWith("Get");
        return new CloudTrailBuilder(rand, AwsOrg.ACCOUNT).at(t, GLOBAL).by(who, ip, agent)
                .call("iam.amazonaws.com", name, readOnly).request(request).response(response)
                .tlsHost("iam.amazonaws.com").build();
    }

    private static ArrayNode roleResource(String roleArn) {
        ArrayNode list = Json.array();
        list.addObject().put("accountId", AwsOrg.ACCOUNT).put("type", "AWS::IAM::Role").put("ARN", roleArn);
        return list;
    }
}
