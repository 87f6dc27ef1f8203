package io.regionwatch.cli.kafka;

import io.regionwatch.cli.EventTimeOptions;
import io.regionwatch.cli.ExitCodes;
import io.regionwatch.cli.Failures;
import io.regionwatch.cli.RuleSetup;
import io.regionwatch.cli.watch.DurationConverter;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.state.InMemoryStateStore;
import io.regionwatch.kafka.DetectorConfig;
import io.regionwatch.kafka.KafkaDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code regionwatch kafka}: one instance of the detector as a Kafka Streams application. */
@Command(name = "kafka", mixinStandardHelpOptions = true,
        description = "Read raw cloud audit records from Kafka topics, detect, and write alerts to a topic (exactly once). "
                + "Start more instances with the same --application-id to share the work.")
public final class KafkaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleSetup setup = new RuleSetup();

    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrap;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "TOPIC",
            description = "Topics of raw records: one record or one S3 object per message, any format scan reads.")
    List<String> inputs;

    @Option(names = "--alerts", required = true, paramLabel = "TOPIC", description = "Topic for alerts (JSON, keyed by alert id).")
    String alerts;

    @Option(names = "--dead-letters", paramLabel = "TOPIC", defaultValue = "regionwatch-dead-letters",
            description = "Topic for rejected records, with the reason (default: ${DEFAULT-VALUE}).")
    String deadLetters;

    @Option(names = "--application-id", paramLabel = "ID", defaultValue = "regionwatch",
            description = "Kafka Streams application id; instances with the same id share the work (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".regionwatch/kafka-streams",
            description = "Local folder for the state stores (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Mixin
    EventTimeOptions eventTime = new EventTimeOptions();

    @Option(names = "--idle-finish", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "After this long without records, a task evaluates what it holds, as scan does at the end (default: ${DEFAULT-VALUE}).")
    Duration idleFinish;

    @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "-1",
            description = "Replication of internal and output topics; -1 uses the broker default (default: ${DEFAULT-VALUE}).")
    int replicationFactor;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Stream threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--property", paramLabel = "KEY=VALUE", description = "Any other Kafka Streams property.")
    Map<String, String> properties = new LinkedHashMap<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            FileRuleSource rules = new FileRuleSource(setup, watchedFiles(), err);
            rules.load(new InMemoryStateStore());
            Map<String, Object> overrides = new LinkedHashMap<>(properties);
            overrides.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
            DetectorConfig config = new DetectorConfig(bootstrap, applicationId, inputs, alerts, deadLetters, rules, eventTime.lateness(),
                    idleFinish, eventTime.horizon(), stateDir, replicationFactor, overrides);
            return run(new KafkaDetector(config), err);
        } catch (DiagnosticException e) {
            return Failures.diagnostics(err, e);
        } catch (IOException e) {
            return Failures.io(err, e);
        } catch (Exception e) {
            err.println("regionwatch: kafka: " + e);
            return ExitCodes.INTERNAL;
        }
    }

    /** Runs until SIGTERM (a clean close: tasks commit and hand over) or a fatal error. */
    private static int run(KafkaDetector detector, PrintWriter err) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        KafkaStreams streams = detector.streams();
        streams.setStateListener((now, before) -> {
            err.println("regionwatch kafka: " + before + " -> " + now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                done.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            err.println("regionwatch kafka: stopping: " + e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        Thread hook = new Thread(detector::close, "regionwatch-kafka-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        detector.start();
        done.await();
        return streams.state() == KafkaStreams.State.ERROR ? ExitCodes.INTERNAL : ExitCodes.OK;
    }

    /** The files whose change reloads the rules: the rule paths and the configuration file. */
    @SuppressWarnings("unchecked")
    private List<Path> watchedFiles() {
        List<Path> out = new ArrayList<>();
        List<Path> rulePaths = (List<Path>) spec.findOption("--rules").getValue();
        if (rulePaths != null) {
            out.addAll(rulePaths);
        }
        Path config = spec.findOption("--config").getValue();
        out.add(config != null ? config : Path.of(RuleSetup.DEFAULT_CONFIG));
        return out;
    }
}
