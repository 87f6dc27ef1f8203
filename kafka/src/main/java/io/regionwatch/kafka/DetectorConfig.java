package io.regionwatch.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One detector instance's settings.
 *
 * @param applicationId the Kafka Streams application id: instances with the same id share the work
 * @param lateness event-time allowance for late, out-of-order records
 * @param idleFinish after this long (wall clock) without records a task evaluates everything held, as a scan does at its end
 * @param horizon how much event time the journal keeps for rebuilding windowed rule state
 * @param replicationFactor for the internal and output topics (1 on a single broker)
 * @param overrides any other Kafka Streams property
 */
public record DetectorConfig(String bootstrap, String applicationId, List<String> inputs, String alertsTopic,
        String deadLetterTopic, RuleSource rules, Duration lateness, Duration idleFinish, Duration horizon,
        Path stateDir, int replicationFactor, Map<String, Object> overrides) {
    public DetectorConfig {
        inputs = List.copyOf(inputs);
        overrides = Map.copyOf(overrides);
    }
}
