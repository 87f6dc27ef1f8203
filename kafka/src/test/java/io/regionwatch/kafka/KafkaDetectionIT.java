package io.regionwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detector against a real KRaft broker started here: end-to-end alerts equal to scan's, a
 * sequence whose events arrive on different input partitions, an instance killed with SIGKILL
 * mid-stream, and two instances sharing the work. Alerts are read with {@code read_committed}, as
 * an exactly-once consumer would; every test checks for duplicates as well as for losses.
 */
class KafkaDetectionIT {
    static final String SEQUENCE_RULE = "6772d266-c9d4-41bb-8099-c4fbb39e289a";
    /**
     * Files are sent in delivery order and paced, as a cloud delivers them: a burst of the whole
     * folder would let one partition's events run hours of event time ahead of another's, beyond the
     * lateness allowance, and the stragglers would be evaluated as late events (docs/kafka.md).
     */
    static final long PACE_MILLIS = 15;
    private static EmbeddedKraftBroker broker;
    private static List<String> expected;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedKraftBroker.start();
        expected = BatchScan.uuids(BatchScan.EXAMPLES);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    /** Settings for tests: short idle finish, session and transaction timeouts; one thread; no standbys. */
    static DetectorConfig config(String bootstrap, String appId, List<String> inputs, String alerts, String deadLetters, Path state) {
        Map<String, Object> overrides = Map.of(
                StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 3000,
                StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 500,
                StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 5000,
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1,
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        return new DetectorConfig(bootstrap, appId, inputs, alerts, deadLetters, BatchScan.bundled(), Duration.ofMinutes(15),
                Duration.ofSeconds(2), Duration.ofHours(2), state, 1, overrides);
    }

    private DetectorConfig config(String app, String state) {
        return config(broker.bootstrap(), app, List.of(app + "-raw"), app + "-alerts", app + "-dead", tmp.resolve(state));
    }

    @Test
    void examplesGiveScansAlertsAndASequenceMeetsAcrossPartitions() throws Exception {
        broker.createTopic("e2e-raw", 2);
        try (KafkaDetector detector = new KafkaDetector(config("e2e", "a"))) {
            detector.start();
            try (KafkaProducer<byte[], byte[]> producer = producer()) {
                for (Path file : BatchScan.filesInDeliveryOrder(BatchScan.EXAMPLES)) {
                    int partition = file.toString().contains("/CloudTrail/sa-east-1/") ? 0 : 1;
                    producer.send(new ProducerRecord<>("e2e-raw", partition, null, Files.readAllBytes(file)));
                    producer.flush();
                    Thread.sleep(PACE_MILLIS);
                }
                producer.send(new ProducerRecord<>("e2e-raw", 0, null, "{not json".getBytes(StandardCharsets.UTF_8)));
            }
            List<ConsumerRecord<String, String>> alerts = await("e2e-alerts", expected.size());
            assertThat(alerts).extracting(ConsumerRecord::key).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            assertThat(alerts).anySatisfy(a -> assertThat(a.value()).contains(SEQUENCE_RULE));
            assertThat(await("e2e-dead", 1)).singleElement().satisfies(r -> assertThat(r.value()).contains("\"reason\""));
        }
    }

    @Test
    void twoInstancesShareTheWorkAndLoseNothing() throws Exception {
        broker.createTopic("pair-raw", 4);
        try (KafkaDetector a = new KafkaDetector(config("pair", "a")); KafkaDetector b = new KafkaDetector(config("pair", "b"))) {
            a.start();
            b.start();
            awaitRunning(a.streams(), b.streams());
            assertThat(activeTasks(a.streams())).isNotEmpty();
            assertThat(activeTasks(b.streams())).isNotEmpty();
            sendExamples("pair-raw", 4, PACE_MILLIS);
            List<ConsumerRecord<String, String>> alerts = await("pair-alerts", expected.size());
            assertThat(alerts).extracting(ConsumerRecord::key).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void anInstanceKilledMidStreamLosesAndRepeatsNothing() throws Exception {
        broker.createTopic("kill-raw", 2);
        Process victim = startInstance("kill", tmp.resolve("victim"));
        try (KafkaDetector survivor = new KafkaDetector(config("kill", "survivor"))) {
            awaitLine(victim, "RUNNING");
            survivor.start();
            awaitRunning(survivor.streams());
            awaitTasks(survivor.streams(), n -> n > 0 && n < 4, "the two instances share the four tasks");
            List<Path> files = BatchScan.filesInDeliveryOrder(BatchScan.EXAMPLES);
            try (KafkaProducer<byte[], byte[]> producer = producer()) {
                for (int i = 0; i < files.size(); i++) {
                    producer.send(new ProducerRecord<>("kill-raw", i % 2, null, Files.readAllBytes(files.get(i))));
                    producer.flush();
                    if (i == files.size() / 2) {
                        victim.destroyForcibly();
                        victim.waitFor(30, TimeUnit.SECONDS);
                    }
                    Thread.sleep(PACE_MILLIS);
                }
            }
            List<ConsumerRecord<String, String>> alerts = await("kill-alerts", expected.size());
            assertThat(alerts).extracting(ConsumerRecord::key).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            awaitTasks(survivor.streams(), n -> n == 4, "the survivor took over every task");
        } finally {
            victim.destroyForcibly();
        }
    }

    private void sendExamples(String topic, int partitions, long pauseMillis) throws Exception {
        List<Path> files = BatchScan.filesInDeliveryOrder(BatchScan.EXAMPLES);
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int i = 0; i < files.size(); i++) {
                producer.send(new ProducerRecord<>(topic, i % partitions, null, Files.readAllBytes(files.get(i))));
                producer.flush();
                Thread.sleep(pauseMillis);
            }
        }
    }

    private Process startInstance(String app, Path state) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DetectorMain.class.getName(),
                broker.bootstrap(), app, app + "-raw", app + "-alerts", app + "-dead", state.toString())
                .redirectErrorStream(true).start();
    }

    private static void awaitLine(Process process, String wanted) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            if (line.contains(wanted)) {
                // the rest of its output goes to target/, to read when this test fails
                Thread drain = new Thread(() -> {
                    try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of("target", "killed-instance.log")))) {
                        out.lines().forEach(log::println);
                    } catch (IOException | UncheckedIOException e) {
                        System.err.println("killed instance's output: " + e);
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new AssertionError("the instance never said " + wanted);
    }

    private static void awaitRunning(KafkaStreams... all) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (KafkaStreams s : all) {
            while (s.state() != KafkaStreams.State.RUNNING || activeTasks(s).isEmpty()) {
                assertThat(System.nanoTime()).as("instance running with tasks").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    private static void awaitTasks(KafkaStreams streams, java.util.function.IntPredicate ok, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!ok.test(activeTasks(streams).size())) {
            assertThat(System.nanoTime()).as(what + " (tasks: " + activeTasks(streams) + ")").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static List<String> activeTasks(KafkaStreams streams) {
        List<String> tasks = new ArrayList<>();
        for (ThreadMetadata t : streams.metadataForLocalThreads()) {
            t.activeTasks().forEach(task -> tasks.add(task.taskId().toString()));
        }
        return tasks;
    }

    /** Reads {@code topic} (read_committed) until {@code count} records arrived, then 3 s more to catch duplicates. */
    private static List<ConsumerRecord<String, String>> await(String topic, int count) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, topic + "-reader-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            // generous: a rebalance after a killed instance on a loaded 2-core machine can take a minute or more
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            long settle = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settle)) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                if (out.size() >= count && settle == Long.MAX_VALUE) {
                    settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                }
            }
        }
        return out;
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 << 20);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
