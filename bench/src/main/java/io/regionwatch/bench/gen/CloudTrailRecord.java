package io.regionwatch.bench.gen;

import java.time.Instant;

/** Renders one CloudTrail record as the service writes it (field order and shapes of real S3 objects). */
final class CloudTrailRecord {
    private CloudTrailRecord() {
    }

    /** Appends the record; {@code error} is null for a successful call. */
    static void render(StringBuilder b, Principal who, Action what, String region, Instant time, String eventId,
            String error) {
        String account = who.account();
        b.append("{\"eventVersion\":\"1.09\",\"userIdentity\":");
        who.identity(b);
        b.append(",\"eventTime\":\"").append(time).append('"')
                .append(",\"eventSource\":\"").append(what.source()).append('"')
                .append(",\"eventName\":\"").append(what.name()).append('"')
                .append(",\"awsRegion\":\"").append(region).append('"')
                .append(",\"sourceIPAddress\":\"").append(sourceIp(who)).append('"')
                .append(",\"userAgent\":\"").append(who.userAgent()).append('"');
        if (error != null) {
            b.append(",\"errorCode\":\"").append(error)
                    .append("\",\"errorMessage\":\"User is not authorized to perform this operation\"");
        }
        body(b, "requestParameters", what.request(), account, region);
        body(b, "responseElements", error == null ? what.response() : null, account, region);
        b.append(",\"requestID\":\"").append(eventId, 0, 8).append("-req-").append(eventId, 24, 36).append('"')
                .append(",\"eventID\":\"").append(eventId).append('"')
                .append(",\"readOnly\":").append(what.readOnly())
                .append(",\"eventType\":\"AwsApiCall\",\"managementEvent\":true")
                .append(",\"recipientAccountId\":\"").append(account).append('"')
                .append(",\"eventCategory\":\"Management\"");
        if (!who.type().equals("AWSService")) {
            b.append(",\"tlsDetails\":{\"tlsVersion\":\"TLSv1.3\",\"cipherSuite\":\"TLS_AES_128_GCM_SHA256\",\"clientProvidedHostHeader\":\"")
                    .append(host(what.source(), region)).append("\"}");
        }
        b.append('}');
    }

    private static void body(StringBuilder b, String key, String template, String account, String region) {
        b.append(",\"").append(key).append("\":");
        if (template == null) {
            b.append("null");
        } else {
            b.append(template.replace("ACCOUNT", account).replace("REGION", region));
        }
    }

    private static String sourceIp(Principal who) {
        if (who.type().equals("AWSService")) {
            return who.name();
        }
        return "198.51.100." + (Math.floorMod(who.name().hashCode(), 200) + 1);
    }

    private static String host(String source, String region) {
        String service = source.substring(0, source.indexOf('.'));
        return service + "." + region + ".amazonaws.com";
    }
}
