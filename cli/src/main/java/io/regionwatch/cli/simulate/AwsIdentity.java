package io.regionwatch.cli.simulate;

import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

/**
 * One CloudTrail caller: how its {@code userIdentity} block is written and the ARN that
 * identifies it in the manifest (null for AWS services, which have no ARN).
 */
record AwsIdentity(String arn, String type, ObjectNode template) {

    /** A fresh copy, so later edits to one record never leak into another. */
    ObjectNode userIdentity() {
        return template.deepCopy();
    }

    static AwsIdentity iamUser(String account, String userName, String principalId, String accessKeyId) {
        String arn = "arn:aws:iam::" + account + ":user/" + userName;
        ObjectNode id = Json.object();
        id.put("type", "IAMUser");
        id.put("principalId", principalId);
        id.put("arn", arn);
        id.put("accountId", account);
        if (accessKeyId != null) {
            id.put("accessKeyId", accessKeyId);
        }
        id.put("userName", userName);
        return new AwsIdentity(arn, "IAMUser", id);
    }

    /** A role session; {@code user.name} in ECS becomes the role name, not the session name. */
    static AwsIdentity assumedRole(String account, String roleName, String roleId, String session,
            String accessKeyId, Instant sessionStart) {
        String arn = "arn:aws:sts::" + account + ":assumed-role/" + roleName + "/" + session;
        ObjectNode id = Json.object();
        id.put("type", "AssumedRole");
        id.put("principalId", roleId + ":" + session);
        id.put("arn", arn);
        id.put("accountId", account);
        id.put("accessKeyId", accessKeyId);
        ObjectNode context = id.putObject("sessionContext");
        ObjectNode issuer = context.putObject("sessionIssuer");
        issuer.put("type", "Role");
        issuer.put("principalId", roleId);
        issuer.put("arn", "arn:aws:iam::" + account + ":role/" + roleName);
        issuer.put("accountId", account);
        issuer.put("userName", roleName);
        context.putObject("webIdFederationData");
        ObjectNode attributes = context.putObject("attributes");
        attributes.put("creationDate", sessionStart.toString());
        attributes.put("mfaAuthenticated", "false");
        return new AwsIdentity(arn, "AssumedRole", id);
    }

    /** A call made by an AWS service itself: no accountId, no ARN, no user. */
    static AwsIdentity awsService(String service) {
        ObjectNode id = Json.object();
        id.put("type", "AWSService");
        id.put("invokedBy", service);
        return new AwsIdentity(null, "AWSService", id);
    }
}
