package io.regionwatch.bench.gen;

import java.util.List;

/** An API call of the background traffic: service, name, whether it only reads, and its request/response bodies. */
record Action(String source, String name, boolean readOnly, String request, String response, int weight) {

    /** The mix of a typical account: mostly reads, a few writes in approved regions, no guard-rail or IAM-key changes. */
    static final List<Action> BACKGROUND = List.of(
            new Action("ec2.amazonaws.com", "DescribeInstances", true,
                    "{\"instancesSet\":{},\"filterSet\":{\"items\":[{\"name\":\"instance-state-name\",\"valueSet\":{\"items\":[{\"value\":\"running\"}]}}]}}",
                    null, 20),
            new Action("ec2.amazonaws.com", "DescribeSecurityGroups", true, "{\"securityGroupSet\":{},\"securityGroupIdSet\":{},\"filterSet\":{}}", null, 6),
            new Action("ec2.amazonaws.com", "DescribeVolumes", true, "{\"volumeSet\":{},\"filterSet\":{}}", null, 5),
            new Action("kms.amazonaws.com", "Decrypt", true,
                    "{\"encryptionAlgorithm\":\"SYMMETRIC_DEFAULT\",\"encryptionContext\":{\"aws:lambda:FunctionArn\":\"arn:aws:lambda:REGION:ACCOUNT:function:orders-api\"}}",
                    null, 18),
            new Action("sts.amazonaws.com", "AssumeRole", true,
                    "{\"roleArn\":\"arn:aws:iam::ACCOUNT:role/app-runtime\",\"roleSessionName\":\"app-runtime-session\",\"durationSeconds\":3600}",
                    "{\"credentials\":{\"accessKeyId\":\"ASIAEXAMPLEKEY000001\",\"sessionToken\":\"IQoJb3JpZ2luX2VjEXAMPLEtokenexampletokenexampletokenexampletokenexampletokenexampletoken\",\"expiration\":\"Nov 2, 2026, 11:00:00 AM\"},\"assumedRoleUser\":{\"assumedRoleId\":\"AROAEXAMPLE:app-runtime-session\",\"arn\":\"arn:aws:sts::ACCOUNT:assumed-role/app-runtime/app-runtime-session\"}}",
                    12),
            new Action("sts.amazonaws.com", "GetCallerIdentity", true, null, null, 6),
            new Action("s3.amazonaws.com", "GetBucketAcl", true,
                    "{\"bucketName\":\"northwind-data-ACCOUNT\",\"Host\":\"northwind-data-ACCOUNT.s3.REGION.amazonaws.com\",\"acl\":\"\"}", null, 8),
            new Action("lambda.amazonaws.com", "ListFunctions20150331", true, null, null, 4),
            new Action("monitoring.amazonaws.com", "DescribeAlarms", true, "{\"maxRecords\":100}", null, 5),
            new Action("logs.amazonaws.com", "CreateLogStream", false,
                    "{\"logGroupName\":\"/aws/lambda/orders-api\",\"logStreamName\":\"2026/11/02/[$LATEST]5f0c2d8e7a414b9e\"}", null, 6),
            new Action("ec2.amazonaws.com", "CreateTags", false,
                    "{\"resourcesSet\":{\"items\":[{\"resourceId\":\"i-0a1b2c3d4e5f60718\"}]},\"tagSet\":{\"items\":[{\"key\":\"owner\",\"value\":\"platform\"}]}}",
                    "{\"requestId\":\"5f0c2d8e-7a41-4b9e-9c3a-2e6b8d1f4a70\",\"_return\":true}", 3),
            new Action("ec2.amazonaws.com", "RunInstances", false,
                    "{\"instancesSet\":{\"items\":[{\"imageId\":\"ami-0abcdef1234567890\",\"minCount\":1,\"maxCount\":1}]},\"instanceType\":\"t3.medium\",\"blockDeviceMapping\":{},\"monitoring\":{\"enabled\":false},\"disableApiTermination\":false,\"disableApiStop\":false,\"clientToken\":\"terraform-20261102\"}",
                    "{\"requestId\":\"d8f1f2c0-1c7e-4c4b-9b0e-6a2f0f0e7a11\",\"reservationId\":\"r-0123456789abcdef0\",\"ownerId\":\"ACCOUNT\",\"groupSet\":{},\"instancesSet\":{\"items\":[{\"instanceId\":\"i-0a1b2c3d4e5f60718\",\"imageId\":\"ami-0abcdef1234567890\",\"instanceState\":{\"code\":0,\"name\":\"pending\"},\"privateDnsName\":\"ip-10-0-1-23.REGION.compute.internal\",\"amiLaunchIndex\":0,\"productCodes\":{},\"instanceType\":\"t3.medium\",\"launchTime\":1793606400000,\"placement\":{\"availabilityZone\":\"REGIONa\",\"tenancy\":\"default\"},\"monitoring\":{\"state\":\"disabled\"},\"subnetId\":\"subnet-0a1b2c3d\",\"vpcId\":\"vpc-0a1b2c3d\",\"privateIpAddress\":\"10.0.1.23\"}]}}",
                    2),
            new Action("ec2.amazonaws.com", "TerminateInstances", false,
                    "{\"instancesSet\":{\"items\":[{\"instanceId\":\"i-0a1b2c3d4e5f60718\"}]}}", null, 1),
            new Action("s3.amazonaws.com", "CreateBucket", false,
                    "{\"bucketName\":\"northwind-tmp-ACCOUNT\",\"Host\":\"s3.REGION.amazonaws.com\"}", null, 1));
}
