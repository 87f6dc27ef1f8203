package io.regionwatch.cli.simulate;

import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

/** One CloudTrail record with the two values that decide which delivery file it lands in. */
record CloudTrailEvent(Instant time, String region, ObjectNode record) {

    String eventId() {
        return record.path("eventID").asString();
    }

    String eventName() {
        return record.path("eventName").asString();
    }

    /** The same record without tlsDetails, as logged for calls AWS services make internally. */
    CloudTrailEvent withoutTls() {
        record.remove("tlsDetails");
        return this;
    }
}
