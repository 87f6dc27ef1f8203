package io.regionwatch.cli.simulate;

import java.time.Instant;
import java.util.Locale;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** S3 bucket-level (management) calls as CloudTrail records them. */
final class S3Calls {

    static final String BUCKET_TAKEN = "The requested bucket name is not available. The bucket namespace is"
            + " shared by all users of the system. Please select a different name and try again.";

    private final Rand rand;

    S3Calls(Rand rand) {
        this.rand = rand;
    }

    /**
     * CreateBucket; outside us-east-1 the request carries a LocationConstraint and the record is
     * logged in the bucket's region. A non-null error code makes it a failed call.
     */
    CloudTrailEvent createBucket(Instant t, String region, AwsIdentity who, String ip, String agent,
            String bucket, String errorCode, String errorMessage) {
        String host = "us-east-1".equals(region) ? bucket + ".s3.amazonaws.com"
                : bucket + ".s3." + region + ".amazonaws.com";
        ObjectNode request = Json.object();
        if (!"us-east-1".equals(region)) {
            request.set("CreateBucketConfiguration", Json.object().put("LocationConstraint", region)
                    .put("xmlns", "http://s3.amazonaws.com/doc/2006-03-01/"));
        }
        request.put("bucketName", bucket);
        request.put("Host", host);
        CloudTrailBuilder b = new CloudTrailBuilder(rand, AwsOrg.ACCOUNT).at(t, region).by(who, ip, agent)
                .call("s3.amazonaws.com", "CreateBucket", false).request(request)
                .additional(s3Transfer(0)).requestId(rand.upperAlnum(16)).tlsHost(host);
        if (errorCode != null) {
            b.failed(errorCode, errorMessage);
        }
        return b.build();
    }

    /** A bucket configuration read; failed ones are the everyday NoSuchBucketPolicy/AccessDenied noise. */
    CloudTrailEvent bucketRead(Instant t, String region, AwsIdentity who, String ip, String agent,
            String name, String bucket, String errorCode) {
        String host = bucket + ".s3." + region + ".amazonaws.com";
        ObjectNode request = Json.object().put("bucketName", bucket).put("Host", host);
        request.put(name.substring(9).toLowerCase(Locale.ROOT), "");
        ArrayNode resources = Json.array();
        resources.addObject().put("accountId", AwsOrg.ACCOUNT).put("type", "AWS::S3::Bucket")
                .put("ARN", "arn:aws:s3:::" + bucket);
        CloudTrailBuilder b = new CloudTrailBuilder(rand, AwsOrg.ACCOUNT).at(t, region).by(who, ip, agent)
                .call("s3.amazonaws.com", name, true).request(request)
                .additional(s3Transfer(errorCode == null ? rand.between(300, 1200) : 243))
                .requestId(rand.upperAlnum(16)).resources(resources).tlsHost(host);
        if ("NoSuchBucketPolicy".equals(errorCode)) {
            b.failed(errorCode, "The bucket policy does not exist");
        } else if (errorCode != null) {
            b.failed(errorCode, "Access Denied");
        }
        return b.build();
    }

    CloudTrailEvent listBuckets(Instant t, AwsIdentity who, String ip, String agent) {
        ObjectNode request = Json.object().put("Host", "s3.us-east-1.amazonaws.com");
        return new CloudTrailBuilder(rand, AwsOrg.ACCOUNT).at(t, "us-east-1").by(who, ip, agent)
                .call("s3.amazonaws.com", "ListBuckets", true).request(request)
                .additional(s3Transfer(rand.between(2000, 9000))).requestId(rand.upperAlnum(16)).build();
    }

    private ObjectNode s3Transfer(int bytesOut) {
        ObjectNode data = Json.object();
        data.put("SignatureVersion", "SigV4");
        data.put("CipherSuite", "TLS_AES_128_GCM_SHA256");
        data.put("bytesTransferredIn", 0);
        data.put("AuthenticationMethod", "AuthHeader");
        data.put("x-amz-id-2", rand.alnum(56) + "/" + rand.alnum(19) + "=");
        data.put("bytesTransferredOut", bytesOut);
        return data;
    }
}
