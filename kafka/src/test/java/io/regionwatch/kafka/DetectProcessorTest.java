package io.regionwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.Reject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One detect task, driven directly: its three stores outlive the processor, as a task's stores
 * outlive the instance that ran it (restored from their changelogs by whoever takes the task over).
 */
class DetectProcessorTest {
    private static final long IDLE_FINISH_MS = 5_000;
    private final KeyValueStore<Long, String> journal = Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(DetectProcessor.JOURNAL), Serdes.Long(), Serdes.String()).withLoggingDisabled().build();
    private final KeyValueStore<String, String> terms = Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(DetectProcessor.TERMS), Serdes.String(), Serdes.String()).withLoggingDisabled().build();
    private final KeyValueStore<String, Long> emitted = Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(DetectProcessor.EMITTED), Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
    private boolean storesOpen;

    @TempDir
    Path tmp;

    /**
     * Issue 7, the fail-over: the instance running the task goes quiet between the sequence's
     * RunInstances and CreateUser (its quiet-spell finish committed), dies, and another instance takes
     * the task over and receives the rest. The replay must not end the stream where the finish was.
     */
    @Test
    void aTaskTakenOverAfterAQuietSpellStillCompletesTheSequenceAndRepeatsNothing() throws Exception {
        List<Path> files = BatchScan.filesInDeliveryOrder(BatchScan.EXAMPLES);
        int firstStage = files.indexOf(files.stream()
                .filter(f -> f.getFileName().toString().contains("CloudTrail_ap-southeast-1_20261102T0850Z")).findFirst().orElseThrow());
        List<String> written = new ArrayList<>();

        Task first = start();
        feed(first, files.subList(0, firstStage + 1));
        quietSpell(first);
        written.addAll(first.written());

        Task second = start();
        feed(second, files.subList(firstStage + 1, files.size()));
        quietSpell(second);
        written.addAll(second.written());

        assertThat(written).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(BatchScan.uuids(BatchScan.EXAMPLES));
    }

    /** A task taken over while its stream is quiet owes the finish its previous owner did not make. */
    @Test
    void aTaskTakenOverBeforeItsQuietSpellFinishOwesIt() throws Exception {
        List<Path> files = BatchScan.filesInDeliveryOrder(BatchScan.EXAMPLES);
        Task first = start();
        feed(first, files);
        List<String> written = new ArrayList<>(first.written());

        Task second = start();
        quietSpell(second);
        written.addAll(second.written());

        assertThat(written).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(BatchScan.uuids(BatchScan.EXAMPLES));
    }

    private DetectorConfig config() {
        return new DetectorConfig("unused:9092", "regionwatch-test", List.of("raw"), "alerts", "dead-letters", BatchScan.bundled(),
                Duration.ofMinutes(15), Duration.ofMillis(IDLE_FINISH_MS), Duration.ofHours(2), tmp, 1, Map.of());
    }

    /** A detect processor and the context it runs in. */
    private record Task(DetectProcessor processor, MockProcessorContext<String, String> context) {
        List<String> written() {
            return context.forwarded().stream().map(f -> (String) f.record().key()).toList();
        }
    }

    private Task start() {
        DetectProcessor processor = new DetectProcessor(config());
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(0);
        context.setCurrentStreamTimeMs(0);
        if (!storesOpen) {
            journal.init(context.getStateStoreContext(), journal);
            terms.init(context.getStateStoreContext(), terms);
            emitted.init(context.getStateStoreContext(), emitted);
            storesOpen = true;
        }
        context.addStateStore(journal);
        context.addStateStore(terms);
        context.addStateStore(emitted);
        processor.init(context);
        return new Task(processor, context);
    }

    /** The files' events as the normalize step sends them on (the account as key). */
    private static void feed(Task task, List<Path> files) throws Exception {
        for (Path file : files) {
            List<Record<String, String>> records = new ArrayList<>();
            new Ingestor(IngestOptions.defaults()).ingest(new ByteArrayInputStream(Files.readAllBytes(file)), file.toString(),
                    new IngestListener() {
                        @Override
                        public void onEvent(Event e) {
                            Object account = e.get(NormalizeProcessor.ACCOUNT);
                            records.add(new Record<>(account == null ? "" : String.valueOf(account), EventCodec.encode(e), 0L));
                        }

                        @Override
                        public void onReject(Reject r) {
                        }
                    });
            records.forEach(task.processor()::process);
        }
    }

    /** The wall clock moves past the idle finish and the task's punctuation runs. */
    private static void quietSpell(Task task) {
        MockProcessorContext<String, String> context = task.context();
        context.setCurrentSystemTimeMs(context.currentSystemTimeMs() + IDLE_FINISH_MS + 1_000);
        context.scheduledPunctuators().forEach(p -> p.getPunctuator().punctuate(context.currentSystemTimeMs()));
    }

}
