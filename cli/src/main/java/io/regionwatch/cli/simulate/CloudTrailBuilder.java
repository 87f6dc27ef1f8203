package io.regionwatch.cli.simulate;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds one CloudTrail record with its keys in the order CloudTrail itself writes them, so the
 * generated files read like the real S3 objects. Absent optional parts are omitted or null
 * exactly where CloudTrail omits them or writes null.
 */
final class CloudTrailBuilder {

    private final Rand rand;
    private final String recipientAccount;
    private Instant time;
    private String region;
    private AwsIdentity identity;
    private String eventSource;
    private String eventName;
    private String sourceIp;
    private String userAgent;
    private String errorCode;
    private String errorMessage;
    private JsonNode requestParameters;
    private JsonNode responseElements;
    private ObjectNode additionalEventData;
    private String requestId;
    private boolean readOnly;
    private ArrayNode resources;
    private String eventType = "AwsApiCall";
    private String tlsHost;

    CloudTrailBuilder(Rand rand, String recipientAccount) {
        this.rand = rand;
        this.recipientAccount = recipientAccount;
    }

    CloudTrailBuilder at(Instant when, String awsRegion) {
        this.time = when;
        this.region = awsRegion;
        return this;
    }

    CloudTrailBuilder by(AwsIdentity who, String ip, String agent) {
        this.identity = who;
        this.sourceIp = ip;
        this.userAgent = agent;
        return this;
    }

    /** The API call; the TLS host defaults to the regional endpoint of the service. */
    CloudTrailBuilder call(String source, String name, boolean isReadOnly) {
        this.eventSource = source;
        this.eventName = name;
        this.readOnly = isReadOnly;
        String service = source.substring(0, source.indexOf('.'));
        this.tlsHost = service + "." + region + ".amazonaws.com";
        return this;
    }

    CloudTrailBuilder request(JsonNode parameters) {
        this.requestParameters = parameters;
        return this;
    }

    CloudTrailBuilder response(JsonNode elements) {
        this.responseElements = elements;
        return this;
    }

    CloudTrailBuilder failed(String code, String message) {
        this.errorCode = code;
        this.errorMessage = message;
        return this;
    }

    CloudTrailBuilder additional(ObjectNode data) {
        this.additionalEventData = data;
        return this;
    }

    CloudTrailBuilder requestId(String id) {
        this.requestId = id;
        return this;
    }

    CloudTrailBuilder resources(ArrayNode list) {
        this.resources = list;
        return this;
    }

    CloudTrailBuilder eventType(String type) {
        this.eventType = type;
        return this;
    }

    /** Host header the client sent; null for calls AWS makes internally (no tlsDetails). */
    CloudTrailBuilder tlsHost(String host) {
        this.tlsHost = host;
        return this;
    }

    CloudTrailEvent build() {
        ObjectNode r = Json.object();
        r.put("eventVersion", "1.09");
        r.set("userIdentity", identity.userIdentity());
        r.put("eventTime", time.toString());
        r.put("eventSource", eventSource);
        r.put("eventName", eventName);
        r.put("awsRegion", region);
        r.put("sourceIPAddress", sourceIp);
        r.put("userAgent", userAgent);
        if (errorCode != null) {
            r.put("errorCode", errorCode);
        }
        if (errorMessage != null) {
            r.put("errorMessage", errorMessage);
        }
        r.set("requestParameters", requestParameters == null ? r.nullNode() : requestParameters);
        r.set("responseElements", responseElements == null ? r.nullNode() : responseElements);
        appendTail(r);
        return new CloudTrailEvent(time, region, r);
    }

    private void appendTail(ObjectNode r) {
        if (additionalEventData != null) {
            r.set("additionalEventData", additionalEventData);
        }
        if (!"AwsConsoleSignIn".equals(eventType)) {
            r.put("requestID", requestId != null ? requestId : rand.uuid());
        }
        r.put("eventID", rand.uuid());
        r.put("readOnly", readOnly);
        if (resources != null) {
            r.set("resources", resources);
        }
        r.put("eventType", eventType);
        r.put("managementEvent", true);
        r.put("recipientAccountId", recipientAccount);
        if ("AWSService".equals(identity.type())) {
            r.put("sharedEventID", rand.uuid());
        }
        r.put("eventCategory", "Management");
        if (tlsHost != null) {
            ObjectNode tls = r.putObject("tlsDetails");
            tls.put("tlsVersion", "TLSv1.3");
            tls.put("cipherSuite", "TLS_AES_128_GCM_SHA256");
            tls.put("clientProvidedHostHeader", tlsHost);
        }
    }
}
