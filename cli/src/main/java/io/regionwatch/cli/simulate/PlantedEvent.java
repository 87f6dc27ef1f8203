package io.regionwatch.cli.simulate;

import java.time.Instant;

/**
 * A record the simulator planted on purpose, with the values a test needs to find it again.
 *
 * @param test          which scenario it belongs to, e.g. {@code atomic-1} or {@code negative-failed-bucket}
 * @param cloud         {@code aws} or {@code azure}
 * @param id            CloudTrail {@code eventID}, or the Azure row's {@code EventDataId}
 * @param correlationId Azure {@code CorrelationId} (shared by the Started and Succeeded rows); null for AWS
 * @param action        {@code eventName}, or the Azure {@code OperationNameValue}
 * @param region        {@code awsRegion}, or the Azure resource location (only inside Properties)
 * @param principal     caller ARN, or the Azure {@code Caller} UPN
 * @param time          event time
 * @param file          path of the file holding it, relative to the output folder, '/'-separated
 * @param expectAlert   whether the seed query with the default approved regions must alert on it
 */
public record PlantedEvent(String test, String cloud, String id, String correlationId, String action,
        String region, String principal, Instant time, String file, boolean expectAlert) {

    PlantedEvent inFile(String path) {
        return new PlantedEvent(test, cloud, id, correlationId, action, region, principal, time, path,
                expectAlert);
    }
}
