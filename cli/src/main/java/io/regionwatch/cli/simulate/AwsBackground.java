package io.regionwatch.cli.simulate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Benign CloudTrail traffic: mostly reads, role assumptions and sign-ins, some creations in
 * approved regions only, everyday failures, AWS-service calls without an account id, and
 * console pages that fan out one read call to every region in the same second.
 */
final class AwsBackground {

    private static final List<String> DESCRIBES = List.of("DescribeInstances", "DescribeVolumes",
            "DescribeSecurityGroups", "DescribeVpcs", "DescribeSubnets", "DescribeInstanceStatus");
    private static final List<String> BUCKET_READS = List.of("GetBucketAcl", "GetBucketPolicy",
            "GetBucketVersioning", "GetBucketEncryption", "GetBucketLogging");
    private static final List<String> BUCKETS = List.of("northwind-web-assets", "northwind-data-lake-raw",
            "northwind-terraform-state", "northwind-backups-eu");
    private static final List<String> IAM_READS = List.of("ListUsers", "ListRoles", "GetAccountSummary",
            "ListPolicies", "GetAccountPasswordPolicy");
    private static final int MAX_FAN_OUTS = 2;

    private final Rand rand;
    private final AwsOrg org;
    private final Instant start;
    private final int spanSeconds;
    private final Ec2Calls ec2;
    private final S3Calls s3;
    private final IdentityCalls identity;
    private int fanOuts;
    private int creations;

    AwsBackground(Rand rand, AwsOrg org, Instant start, int spanSeconds) {
        this.rand = rand;
        this.org = org;
        this.start = start;
        this.spanSeconds = spanSeconds;
        this.ec2 = new Ec2Calls(rand);
        this.s3 = new S3Calls(rand);
        this.identity = new IdentityCalls(rand);
    }

    List<CloudTrailEvent> generate(int count) {
        List<CloudTrailEvent> out = new ArrayList<>(count + 32);
        while (out.size() < count) {
            Instant t = start.plusSeconds(rand.between(0, spanSeconds));
            int roll = rand.between(0, 100);
            if (roll < 72) {
                out.add(routine(t, roll));
            } else if (roll < 80) {
                out.add(failure(t));
            } else if (roll < 88 && creations < Math.max(4, count / 25)) {
                creations++;
                out.add(creation(t));
            } else if (roll < 90 && fanOuts < MAX_FAN_OUTS && count - out.size() > AwsOrg.ALL_REGIONS.size()) {
                fanOuts++;
                out.addAll(consoleFanOut(t));
            } else {
                out.add(serviceCall(t));
            }
        }
        return out;
    }

    private CloudTrailEvent routine(Instant t, int roll) {
        String region = rand.pick(AwsOrg.APPROVED);
        String ci = rand.pick(AwsOrg.CI_IPS);
        if (roll < 28) {
            AwsIdentity who = rand.chance(0.6) ? org.deployRole : org.terraform;
            return ec2.describe(t, region, who, ci, AwsOrg.TERRAFORM + " api/ec2#1.187.0", rand.pick(DESCRIBES));
        }
        if (roll < 40) {
            String error = rand.chance(0.3) ? "NoSuchBucketPolicy" : null;
            String name = error != null ? "GetBucketPolicy" : rand.pick(BUCKET_READS);
            return s3.bucketRead(t, region, org.terraform, ci, AwsOrg.TERRAFORM + " api/s3#1.66.3", name,
                    rand.pick(BUCKETS), error);
        }
        if (roll < 50) {
            return identity.assumeRole(t, region, org.terraform, ci, AwsOrg.BOTO3, "github-actions-deploy",
                    "terraform-" + rand.hex(8));
        }
        if (roll < 58) {
            return identity.iamRead(t, org.admin, AwsOrg.OFFICE_IP, "AWS Internal", rand.pick(IAM_READS));
        }
        if (roll < 64) {
            return identity.getCallerIdentity(t, org.deployRole, ci, AwsOrg.BOTO3);
        }
        if (roll < 70) {
            return s3.listBuckets(t, org.admin, AwsOrg.OFFICE_IP, "AWS Internal");
        }
        // A few IAM-user console sign-ins a morning, one in five a mistyped password.
        return identity.consoleLogin(t, org.consoleUser, AwsOrg.OFFICE_IP, rand.chance(0.8));
    }

    /** Everyday denials; none of them is a creation outside the approved regions. */
    private CloudTrailEvent failure(Instant t) {
        String region = rand.pick(AwsOrg.APPROVED);
        if (rand.chance(0.5)) {
            return s3.bucketRead(t, region, org.deployRole, rand.pick(AwsOrg.CI_IPS), AwsOrg.BOTO3,
                    "GetBucketPolicy", rand.pick(BUCKETS), "AccessDenied");
        }
        return ec2.describeDenied(t, region, org.deployRole, rand.pick(AwsOrg.CI_IPS), AwsOrg.BOTO3,
                "DescribeVolumes");
    }

    /** Resource creation by the pipelines, always in an approved region. */
    private CloudTrailEvent creation(Instant t) {
        String region = rand.pick(AwsOrg.APPROVED);
        String ci = rand.pick(AwsOrg.CI_IPS);
        return switch (rand.between(0, 4)) {
            case 0 -> ec2.runInstances(t, region, org.terraform, ci, AwsOrg.TERRAFORM + " api/ec2#1.187.0",
                    rand.pick(List.of("t3.medium", "m6i.large", "c6i.xlarge")), null, null);
            case 1 -> ec2.createVolume(t, region, org.deployRole, ci, AwsOrg.TERRAFORM + " api/ec2#1.187.0");
            case 2 -> s3.createBucket(t, region, org.terraform, ci, AwsOrg.TERRAFORM + " api/s3#1.66.3",
                    "northwind-" + region + "-logs-" + rand.hex(6), null, null);
            default -> identity.createRole(t, org.terraform, ci, AwsOrg.TERRAFORM + " api/iam#1.37.3",
                    "lambda-image-resize-" + rand.hex(4));
        };
    }

    /** One console page load: the same read in every region within the same second. */
    private List<CloudTrailEvent> consoleFanOut(Instant t) {
        boolean lambda = rand.chance(0.5);
        List<CloudTrailEvent> out = new ArrayList<>();
        for (String region : AwsOrg.ALL_REGIONS) {
            if (lambda) {
                out.add(new CloudTrailBuilder(rand, AwsOrg.ACCOUNT).at(t, region)
                        .by(org.admin, AwsOrg.OFFICE_IP, "AWS Internal")
                        .call("lambda.amazonaws.com", "ListFunctions20150331", true).build());
            } else {
                out.add(ec2.describe(t, region, org.admin, AwsOrg.OFFICE_IP, "AWS Internal", "DescribeInstances"));
            }
        }
        return out;
    }

    /** A call made by an AWS service on the account's behalf: no accountId in userIdentity. */
    private CloudTrailEvent serviceCall(Instant t) {
        AwsIdentity service = rand.pick(org.services);
        String host = service.userIdentity().path("invokedBy").asString();
        String region = rand.pick(AwsOrg.APPROVED);
        if (host.startsWith("cloudtrail")) {
            return s3.bucketRead(t, "us-east-1", service, host, host, "GetBucketAcl", AwsOrg.TRAIL_BUCKET, null)
                    .withoutTls();
        }
        String role = host.startsWith("lambda") ? "lambda-image-resize" : host.startsWith("ec2")
                ? "ec2-app-instance-profile" : "aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";
        String session = host.startsWith("config") ? "AWSConfig-Describe" : "i-0" + rand.hex(16);
        return identity.assumeRole(t, region, service, host, host, role, session);
    }
}
