package io.regionwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.state.StateStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology without a broker: alerts as scan finds them, rejects with reasons, rules reloaded in place. */
class DetectionTopologyTest {
    @TempDir
    Path tmp;

    private DetectorConfig config(RuleSource rules) {
        return new DetectorConfig("unused:9092", "regionwatch-test", List.of("raw"), "alerts", "dead-letters", rules,
                Duration.ofMinutes(15), Duration.ofSeconds(5), Duration.ofHours(2), tmp, 1, Map.of());
    }

    private static void pipeExamples(TestInputTopic<byte[], byte[]> raw) throws Exception {
        for (Path file : BatchScan.filesInDeliveryOrder(BatchScan.EXAMPLES)) {
            raw.pipeInput(file.toString().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        }
    }

    @Test
    void examplesGiveTheAlertsScanGives() throws Exception {
        DetectorConfig config = config(BatchScan.bundled());
        try (TopologyTestDriver driver = new TopologyTestDriver(DetectionTopology.build(config), KafkaDetector.properties(config))) {
            pipeExamples(driver.createInputTopic("raw", new ByteArraySerializer(), new ByteArraySerializer()));
            driver.advanceWallClockTime(Duration.ofSeconds(10));
            List<KeyValue<String, String>> alerts = alertsOf(driver).readKeyValuesToList();
            assertThat(alerts).extracting(kv -> kv.key).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(BatchScan.uuids(BatchScan.EXAMPLES));
            assertThat(alerts).allSatisfy(kv -> assertThat(kv.value).contains("\"uuid\":\"" + kv.key + "\""));
        }
    }

    /**
     * A quiet spell (the idle finish) between the two events of a sequence, as a killed instance's
     * fail-over causes when the sequence's events arrive on different input partitions: the stages
     * before and after it still meet, and nothing is written twice (issue 7).
     */
    @Test
    void aQuietSpellBetweenTheStagesOfASequenceLosesNothing() throws Exception {
        DetectorConfig config = config(BatchScan.bundled());
        List<Path> files = BatchScan.filesInDeliveryOrder(BatchScan.EXAMPLES);
        int firstStage = indexOf(files, "CloudTrail_ap-southeast-1_20261102T0850Z");
        int secondStage = indexOf(files, "CloudTrail_us-east-1_20261102T0905Z");
        assertThat(firstStage).isLessThan(secondStage);
        try (TopologyTestDriver driver = new TopologyTestDriver(DetectionTopology.build(config), KafkaDetector.properties(config))) {
            TestInputTopic<byte[], byte[]> raw = driver.createInputTopic("raw", new ByteArraySerializer(), new ByteArraySerializer());
            for (int i = 0; i < files.size(); i++) {
                raw.pipeInput(files.get(i).toString().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(files.get(i)));
                if (i == firstStage) {
                    driver.advanceWallClockTime(Duration.ofSeconds(10));
                }
            }
            driver.advanceWallClockTime(Duration.ofSeconds(10));
            List<String> alerts = alertsOf(driver).readKeyValuesToList().stream().map(kv -> kv.key).toList();
            assertThat(alerts).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(BatchScan.uuids(BatchScan.EXAMPLES));
        }
    }

    private static int indexOf(List<Path> files, String nameContains) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).getFileName().toString().contains(nameContains)) {
                return i;
            }
        }
        throw new AssertionError("no example file named like " + nameContains);
    }

    @Test
    void aRecordNoReaderAcceptsGoesToTheDeadLetterTopicWithItsReason() {
        DetectorConfig config = config(BatchScan.bundled());
        try (TopologyTestDriver driver = new TopologyTestDriver(DetectionTopology.build(config), KafkaDetector.properties(config))) {
            driver.createInputTopic("raw", new ByteArraySerializer(), new ByteArraySerializer())
                    .pipeInput(null, "this is not json".getBytes(StandardCharsets.UTF_8));
            List<String> dead = driver.createOutputTopic("dead-letters", new StringDeserializer(), new StringDeserializer())
                    .readValuesToList();
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0)).contains("\"source\":\"raw-0@0\"").contains("\"reason\":");
        }
    }

    @Test
    void changedRulesAreLoadedWithoutARestartAndSeeTheJournal() throws Exception {
        AtomicReference<String> version = new AtomicReference<>("none");
        RuleSource switchable = new RuleSource() {
            @Override
            public List<Rule> load(StateStore store) throws Exception {
                return version.get().equals("none") ? List.of() : BatchScan.bundledRules(store);
            }

            @Override
            public String fingerprint() {
                return version.get();
            }
        };
        DetectorConfig config = config(switchable);
        try (TopologyTestDriver driver = new TopologyTestDriver(DetectionTopology.build(config), KafkaDetector.properties(config))) {
            pipeExamples(driver.createInputTopic("raw", new ByteArraySerializer(), new ByteArraySerializer()));
            driver.advanceWallClockTime(Duration.ofSeconds(10));
            TestOutputTopic<String, String> alerts = alertsOf(driver);
            assertThat(alerts.isEmpty()).isTrue();
            version.set("bundled");
            driver.advanceWallClockTime(Duration.ofSeconds(2));
            assertThat(alerts.readKeyValuesToList().stream().map(kv -> kv.key).toList()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(BatchScan.uuids(BatchScan.EXAMPLES));
        }
    }

    private static TestOutputTopic<String, String> alertsOf(TopologyTestDriver driver) {
        return driver.createOutputTopic("alerts", new StringDeserializer(), new StringDeserializer());
    }
}
