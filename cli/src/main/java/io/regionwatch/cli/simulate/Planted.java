package io.regionwatch.cli.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Records planted by {@link AtomicTests}, before they are written and assigned to files. */
final class Planted {

    final List<CloudTrailEvent> aws = new ArrayList<>();
    final List<AzureEvent> azure = new ArrayList<>();
    final List<PlantedEvent> events = new ArrayList<>();

    /** Adds a CloudTrail record and, when {@code test} is non-null, lists it in the manifest. */
    CloudTrailEvent aws(String test, boolean expectAlert, CloudTrailEvent e) {
        aws.add(e);
        if (test != null) {
            String arn = e.record().path("userIdentity").path("arn").asString();
            events.add(new PlantedEvent(test, "aws", e.eventId(), null, e.eventName(), e.region(), arn, e.time(),
                    null, expectAlert));
        }
        return e;
    }

    /** Adds all events of one Azure operation and lists its final event in the manifest. */
    void azure(String test, boolean expectAlert, List<AzureEvent> operation) {
        azure.addAll(operation);
        AzureEvent last = operation.get(operation.size() - 1);
        events.add(new PlantedEvent(test, "azure", last.eventDataId(), last.correlationId(),
                last.operationName().toUpperCase(Locale.ROOT), last.location(), last.caller().caller(),
                last.time(), null, expectAlert));
    }
}
