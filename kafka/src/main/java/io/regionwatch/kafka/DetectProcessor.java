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
 * A wall-clock punctuation ends input after a quiet spell (journaled, so replays repeat it),
 * reloads rules whose fingerprint changed, and prunes the journal to the horizon.
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
        boolean pending = rebuild(config.rules().fingerprint());
        // a task taken over from an instance that died before its quiet-spell finish still owes that
        // finish: without new input nothing else would release what the replayed rules hold
        finishedSinceRecord = !pending;
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
        if (!finishedSinceRecord && wallClockMs - lastRecordMs >= config.idleFinish().toMillis()) {
            journal.appendMarker();
            run(engine::finish);
            finishedSinceRecord = true;
        }
        String now = config.rules().fingerprint();
        if (!now.equals(fingerprint)) {
            LOG.info("task {}: rules changed, reloading and replaying {} journal entries", context.taskId(), journal.size());
            rebuild(now);
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
     * New rules and a new engine whose in-memory state is rebuilt from the journal; repeated alerts are
     * dropped. Returns whether the journal ends with events not yet followed by a finish marker.
     */
    private boolean rebuild(String newFingerprint) {
        List<Rule> rules;
        try {
            rules = config.rules().load(terms);
        } catch (Exception e) {
            if (engine != null) {
                LOG.error("task {}: rules could not be reloaded, keeping the running ones: {}", context.taskId(), e.toString());
                fingerprint = newFingerprint;
                return !finishedSinceRecord;
            }
            throw new IllegalStateException("rules could not be loaded: " + e, e);
        }
        fingerprint = newFingerprint;
        engine = new ContinuousEngine(new DetectionEngine(rules, new AlertFactory(Clock.systemUTC()), alerts), config.lateness());
        boolean[] pending = {false};
        journal.replay(entry -> {
            pending[0] = !entry.marker();
            if (entry.marker()) {
                run(engine::finish);
            } else {
                Event event = EventCodec.decode(entry.eventJson());
                run(() -> {
                    engine.accept(event);
                    engine.endOfBatch();
                });
            }
        });
        return pending[0];
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
}
