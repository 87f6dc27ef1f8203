package io.regionwatch.kafka;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.engine.ContinuousEngine;
import io.regionwatch.core.engine.DetectionEngine;
import io.regionwatch.core.engine.EventTime;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.rule.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * evaluate → alert for one task (one partition of the account-keyed event stream). Each event is
 * journaled, then run through the task's {@link ContinuousEngine}; alerts go on keyed by their id.
 * A wall-clock punctuation writes what an end of input would decide after a quiet spell, reloads
 * rules whose fingerprint changed, and prunes the journal to the horizon.
 *
 * <p>A quiet spell is not the end of the stream: a fail-over, or a partition that lags, can stall a
 * task for longer than {@code --idle-finish} while the rest of a sequence is still on its way. So
 * the finish is provisional: its alerts are written, then the engine is rebuilt from the journal as
 * if the finish had not happened (open sequences, threshold windows, suppression groups and the
 * event-time gate as they were), and a later finish writes only what is new. The engine's state is
 * therefore a function of the journal's events alone, and every rebuilt engine (task start, rule
 * reload) owes a finish after the next quiet spell.
 */
final class DetectProcessor implements Processor<String, String, String, String> {
    static final String JOURNAL = "regionwatch-journal";
    static final String TERMS = "regionwatch-terms";
    static final String EMITTED = "regionwatch-emitted";
    private static final Logger LOG = LoggerFactory.getLogger(DetectProcessor.class);
    private static final EventTime TIME = EventTime.standard();
    private final DetectorConfig config;
    private ProcessorContext<String, String> context;
    private EventJournal journal;
    private KeyValueStateStore terms;
    private TaskAlerts alerts;
    private ContinuousEngine engine;
    private String fingerprint;
    private long lastRecordMs;
    private boolean finishedSinceRecord = true;
    private long ticks;

    DetectProcessor(DetectorConfig config) {
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        KeyValueStore<Long, String> journalStore = context.getStateStore(JOURNAL);
        KeyValueStore<String, String> termStore = context.getStateStore(TERMS);
        KeyValueStore<String, Long> emittedStore = context.getStateStore(EMITTED);
        this.journal = new EventJournal(journalStore);
        this.terms = new KeyValueStateStore(termStore);
        this.alerts = new TaskAlerts(emittedStore);
        rebuild(config.rules().fingerprint());
        // a rebuilt engine owes a finish (a task taken over from an instance that died before its
        // quiet-spell finish, or whose stream was quiet when it stopped): without new input nothing
        // else would release what the replayed rules hold
        finishedSinceRecord = false;
        lastRecordMs = context.currentSystemTimeMs();
        context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(Record<String, String> record) {
        Event event = EventCodec.decode(record.value());
        journal.appendEvent(TIME.of(event), record.value());
        run(() -> {
            engine.accept(event);
            engine.endOfBatch();
        });
        lastRecordMs = context.currentSystemTimeMs();
        finishedSinceRecord = false;
        forward(record.timestamp());
    }

    private void tick(long wallClockMs) {
        String now = config.rules().fingerprint();
        if (!now.equals(fingerprint)) {
            LOG.info("task {}: rules changed, reloading and replaying {} journal entries", context.taskId(), journal.size());
            if (rebuild(now)) {
                finishedSinceRecord = false;
            }
        }
        if (!finishedSinceRecord && wallClockMs - lastRecordMs >= config.idleFinish().toMillis()) {
            // what an end of input would decide, written now; the stream goes on, so the engine is
            // then rebuilt from the journal as if this finish had not happened
            run(engine::finish);
            rebuild(fingerprint);
            finishedSinceRecord = true;
        }
        Instant watermark = engine.gate().watermark();
        if (watermark != null) {
            Instant cutoff = watermark.minus(config.horizon());
            journal.pruneBefore(cutoff);
            if (++ticks % 60 == 0) {
                alerts.pruneBefore(cutoff.minus(config.horizon()).toEpochMilli());
            }
        }
        forward(context.currentStreamTimeMs());
    }

    /**
     * New rules and a new engine whose in-memory state is rebuilt from the journal's events; repeated
     * alerts are dropped. No finish is replayed: what a finish wrote is in {@code regionwatch-emitted},
     * and the state it would clear (open sequences, threshold windows, suppression groups, the
     * event-time gate) must stay open for the events that follow it. Returns false if the rules could
     * not be loaded and the running engine was kept.
     */
    private boolean rebuild(String newFingerprint) {
        List<Rule> rules;
        try {
            rules = config.rules().load(terms);
        } catch (Exception e) {
            if (engine != null) {
                LOG.error("task {}: rules could not be reloaded, keeping the running ones: {}", context.taskId(), e.toString());
                fingerprint = newFingerprint;
                return false;
            }
            throw new IllegalStateException("rules could not be loaded: " + e, e);
        }
        fingerprint = newFingerprint;
        // one lane per input partition: a partition that lags (its instance failed over) must not find its events late
        engine = new ContinuousEngine(new DetectionEngine(rules, new AlertFactory(Clock.systemUTC()), alerts), config.lateness(),
                DetectProcessor::inputPartition, config.horizon());
        journal.replay(entry -> {
            Event event = EventCodec.decode(entry.eventJson());
            run(() -> {
                engine.accept(event);
                engine.endOfBatch();
            });
        });
        return true;
    }

    private void forward(long timestamp) {
        Instant watermark = engine.gate().watermark();
        for (Alert alert : alerts.drain(watermark == null ? Long.MAX_VALUE : watermark.toEpochMilli())) {
            context.forward(new Record<>(alert.uuid(), EventCodec.json(alert.document()), timestamp));
        }
    }

    private interface EngineStep {
        void run() throws IOException;
    }

    private static void run(EngineStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The input topic-partition of an event, from its origin ({@code topic-partition@offset}). */
    static String inputPartition(Event event) {
        String source = event.origin().source();
        int at = source.lastIndexOf('@');
        return at < 0 ? source : source.substring(0, at);
    }
}
