package io.regionwatch.cli.simulate;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/** EC2 API calls as CloudTrail records them (request and response shapes from real trails). */
final class Ec2Calls {

    private final Rand rand;

    Ec2Calls(Rand rand) {
        this.rand = rand;
    }

    /** A read-only Describe* call; EC2 logs null responseElements for these. */
    CloudTrailEvent describe(Instant t, String region, AwsIdentity who, String ip, String agent, String name) {
        return describeCall(t, region, who, ip, agent, name).build();
    }

    /** A Describe* call that IAM denied: Client.UnauthorizedOperation, a common benign failure. */
    CloudTrailEvent describeDenied(Instant t, String region, AwsIdentity who, String ip, String agent, String name) {
        String message = "You are not authorized to perform this operation. User: " + who.arn()
                + " is not authorized to perform: ec2:" + name + " because no identity-based policy allows"
                + " the ec2:" + name + " action";
        return describeCall(t, region, who, ip, agent, name).failed("Client.UnauthorizedOperation", message).build();
    }

    private CloudTrailBuilder describeCall(Instant t, String region, AwsIdentity who, String ip, String agent,
            String name) {
        ObjectNode request = Json.object();
        switch (name) {
            case "DescribeInstances" -> {
                request.set("instancesSet", Json.object());
                request.set("filterSet", Json.object());
            }
            case "DescribeVolumes", "DescribeSecurityGroups", "DescribeVpcs", "DescribeSubnets" ->
                request.set("filterSet", Json.object());
            case "DescribeImages" -> {
                request.set("executableBySet", Json.object());
                ObjectNode owner = Json.object().put("owner", "amazon");
                request.set("ownersSet", Json.items(owner));
            }
            default -> request.put("maxResults", 1000);
        }
        return new CloudTrailBuilder(rand, AwsOrg.ACCOUNT).at(t, region).by(who, ip, agent)
                .call("ec2.amazonaws.com", name, true).request(request);
    }

    /** RunInstances; a non-null error code makes it a failed call with no response. */
    CloudTrailEvent runInstances(Instant t, String region, AwsIdentity who, String ip, String agent,
            String instanceType, String errorCode, String errorMessage) {
        String imageId = "ami-0" + rand.hex(16);
        ObjectNode item = Json.object().put("imageId", imageId).put("minCount", 1).put("maxCount", 1);
        ObjectNode request = Json.object();
        request.set("instancesSet", Json.items(item));
        request.put("instanceType", instanceType);
        request.set("blockDeviceMapping", Json.object());
        request.set("monitoring", Json.object().put("enabled", false));
        request.put("disableApiTermination", false);
        request.put("disableApiStop", false);
        request.put("clientToken", rand.uuid());
        request.put("subnetId", "subnet-0" + rand.hex(16));
        CloudTrailBuilder b = new CloudTrailBuilder(rand, AwsOrg.ACCOUNT).at(t, region).by(who, ip, agent)
                .call("ec2.amazonaws.com", "RunInstances", false).request(request);
        String requestId = rand.uuid();
        b.requestId(requestId);
        if (errorCode != null) {
            return b.failed(errorCode, errorMessage).build();
        }
        return b.response(runResponse(t, region, requestId, imageId, instanceType, request)).build();
    }

    private ObjectNode runResponse(Instant t, String region, String requestId, String imageId,
            String instanceType, ObjectNode request) {
        ObjectNode response = Json.object();
        response.put("requestId", requestId);
        response.put("reservationId", "r-0" + rand.hex(16));
        response.put("ownerId", AwsOrg.ACCOUNT);
        response.set("groupSet", Json.object());
        String privateIp = "10." + rand.between(0, 256) + "." + rand.between(0, 256) + "." + rand.between(4, 250);
        ObjectNode instance = Json.object();
        instance.put("instanceId", "i-0" + rand.hex(16));
        instance.put("imageId", imageId);
        instance.put("currentInstanceBootMode", "uefi");
        instance.set("instanceState", Json.object().put("code", 0).put("name", "pending"));
        // us-east-1 kept its original internal domain; every later region uses <region>.compute.internal.
        String domain = "us-east-1".equals(region) ? "ec2.internal" : region + ".compute.internal";
        instance.put("privateDnsName", "ip-" + privateIp.replace('.', '-') + "." + domain);
        instance.put("amiLaunchIndex", 0);
        instance.set("productCodes", Json.object());
        instance.put("instanceType", instanceType);
        instance.put("launchTime", t.toEpochMilli());
        instance.set("placement", Json.object().put("availabilityZone", region + "a").put("tenancy", "default"));
        instance.set("monitoring", Json.object().put("state", "disabled"));
        instance.put("subnetId", request.path("subnetId").asString());
        instance.put("vpcId", "vpc-0" + rand.hex(16));
        instance.put("privateIpAddress", privateIp);
        instance.set("stateReason", Json.object().put("code", "pending").put("message", "pending"));
        instance.put("architecture", "x86_64");
        instance.put("rootDeviceType", "ebs");
        instance.put("rootDeviceName", "/dev/xvda");
        instance.put("virtualizationType", "hvm");
        instance.put("hypervisor", "xen");
        instance.put("clientToken", request.path("clientToken").asString());
        instance.set("groupSet", Json.items(Json.object().put("groupId", "sg-0" + rand.hex(16))));
        instance.put("ebsOptimized", false);
        instance.put("enaSupport", true);
        response.set("instancesSet", Json.items(instance));
        return response;
    }

    CloudTrailEvent createVolume(Instant t, String region, AwsIdentity who, String ip, String agent) {
        String zone = region + "b";
        int size = rand.pick(List.of(8, 20, 50, 100));
        ObjectNode request = Json.object().put("size", String.valueOf(size)).put("zone", zone)
                .put("volumeType", "gp3").put("encrypted", true).put("clientToken", rand.uuid());
        String requestId = rand.uuid();
        ObjectNode response = Json.object().put("requestId", requestId).put("volumeId", "vol-0" + rand.hex(16))
                .put("size", String.valueOf(size)).put("zone", zone).put("status", "creating")
                .put("createTime", t.toEpochMilli()).put("volumeType", "gp3").put("iops", 3000)
                .put("encrypted", true).put("multiAttachEnabled", false).put("throughput", 125);
        return new CloudTrailBuilder(rand, AwsOrg.ACCOUNT).at(t, region).by(who, ip, agent)
                .call("ec2.amazonaws.com", "CreateVolume", false).request(request).response(response)
                .requestId(requestId).build();
    }
}
