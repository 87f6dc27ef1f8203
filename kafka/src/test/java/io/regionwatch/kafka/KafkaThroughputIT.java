package io.regionwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.Reject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures records per second for one and for two instances (docs/kafka.md), on a folder given as
 * {@code -Dregionwatch.throughput=DIR} (for example {@code regionwatch simulate --background-events
 * 100000}). Not part of the normal build: it is a measurement, not a check.
 */
@EnabledIfSystemProperty(named = "regionwatch.throughput", matches = ".+")
class KafkaThroughputIT {
    @TempDir
    Path tmp;

    @Test
    void oneAndTwoInstances() throws Exception {
        Path folder = Path.of(System.getProperty("regionwatch.throughput"));
        long records = countRecords(folder);
        try (EmbeddedKraftBroker broker = EmbeddedKraftBroker.start()) {
            int run = 0;
            for (int instances : new int[] {1, 2, 1, 2}) {
                String app = "tp" + run++;
                broker.createTopic(app + "-raw", 4);
                send(broker, app + "-raw", folder);
                List<KafkaDetector> running = new ArrayList<>();
                long start = System.nanoTime();
                for (int i = 0; i < instances; i++) {
                    KafkaDetector d = new KafkaDetector(KafkaDetectionIT.config(broker.bootstrap(), app, List.of(app + "-raw"),
                            app + "-alerts", app + "-dead", tmp.resolve(app + "-" + i)));
                    d.start();
                    running.add(d);
                }
                awaitCaughtUp(broker, app);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("THROUGHPUT instances=%d records=%d seconds=%.1f records/s=%.0f%n", instances, records, seconds,
                        records / seconds);
                running.forEach(KafkaDetector::close);
            }
        }
        assertThat(records).isPositive();
    }

    private static long countRecords(Path folder) throws Exception {
        AtomicLong n = new AtomicLong();
        new Ingestor(IngestOptions.defaults()).ingest(List.of(folder.toString()), new IngestListener() {
            @Override
            public void onEvent(Event e) {
                n.incrementAndGet();
            }

            @Override
            public void onReject(Reject r) {
                n.incrementAndGet();
            }
        });
        return n.get();
    }

    private static void send(EmbeddedKraftBroker broker, String topic, Path folder) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 << 20);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Path file : BatchScan.filesInDeliveryOrder(folder)) {
                for (byte[] message : messages(file)) {
                    producer.send(new ProducerRecord<>(topic, null, message));
                }
            }
        }
    }

    /** JSON-lines files as one record per message, everything else (S3 objects, exports) as one message per file. */
    private static List<byte[]> messages(Path file) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> lines = bytes.length > 0 && bytes[0] == '{' ? Files.readAllLines(file) : List.of();
        if (lines.isEmpty() || !lines.get(0).strip().endsWith("}")) {
            return List.of(bytes);
        }
        return lines.stream().filter(l -> !l.isBlank()).map(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toList();
    }

    /** Waits until the application's committed offsets reach the end of its input and repartition topics. */
    private static void awaitCaughtUp(EmbeddedKraftBroker broker, String app) throws Exception {
        try (Admin admin = broker.admin()) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < deadline) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(app)
                        .partitionsToOffsetAndMetadata().get();
                if (!committed.isEmpty() && behind(admin, committed, app) == 0) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("never caught up");
        }
    }

    private static long behind(Admin admin, Map<TopicPartition, OffsetAndMetadata> committed, String app) throws Exception {
        Map<TopicPartition, OffsetSpec> ends = new java.util.HashMap<>();
        for (String topic : List.of(app + "-raw", app + "-events-repartition")) {
            for (int partition = 0; partition < 4; partition++) {
                ends.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
        }
        long behind = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : admin.listOffsets(ends).all().get().entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            long lag = e.getValue().offset() - (c == null ? 0 : c.offset());
            boolean transactional = e.getKey().topic().endsWith("-repartition");
            behind += transactional ? Math.max(0, lag - 1) : lag;
        }
        return behind;
    }
}
