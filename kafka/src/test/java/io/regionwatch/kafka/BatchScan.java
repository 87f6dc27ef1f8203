package io.regionwatch.kafka;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.engine.DetectionEngine;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.state.InMemoryStateStore;
import io.regionwatch.core.state.StateStore;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.Reject;
import io.regionwatch.rules.load.RuleContext;
import io.regionwatch.rules.load.RuleLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import io.regionwatch.core.engine.EventTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What {@code regionwatch scan} finds in a folder (the same wiring as the CLI's Scan), as the tests' reference. */
final class BatchScan {
    static final Path EXAMPLES = Path.of("..", "examples");

    private BatchScan() {
    }

    /** The bundled rules with the seed's approved regions, against {@code store}. */
    static List<Rule> bundledRules(StateStore store) throws Exception {
        return RuleLoader.standard(new RuleContext(ApprovedRegions.SEED_DEFAULT, List.of(), Map.of(), store, true))
                .loadBundled();
    }

    static RuleSource bundled() {
        return new RuleSource() {
            @Override
            public List<Rule> load(StateStore store) throws Exception {
                return bundledRules(store);
            }

            @Override
            public String fingerprint() {
                return "bundled";
            }
        };
    }

    static List<Alert> alerts(Path folder) throws Exception {
        List<Alert> out = new ArrayList<>();
        DetectionEngine engine = new DetectionEngine(bundledRules(new InMemoryStateStore()), new AlertFactory(Clock.systemUTC()),
                out::add);
        new Ingestor(IngestOptions.defaults()).ingest(List.of(folder.toString()), new IngestListener() {
            @Override
            public void onEvent(Event e) {
                try {
                    engine.process(e);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }

            @Override
            public void onReject(Reject r) {
            }
        });
        engine.finish();
        return out;
    }

    static List<String> uuids(Path folder) throws Exception {
        return alerts(folder).stream().map(Alert::uuid).toList();
    }

    /**
     * The folder's files in the order a cloud delivers them: by the time of their latest event
     * (a CloudTrail object is written minutes after its last call), so that input stays within the
     * lateness allowance as it does live; path order, by contrast, is hours out of order.
     */
    static List<Path> filesInDeliveryOrder(Path folder) throws IOException {
        Map<Path, Instant> latest = new HashMap<>();
        EventTime time = EventTime.standard();
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        for (Path file : files(folder)) {
            ingestor.ingest(List.of(file.toString()), new IngestListener() {
                @Override
                public void onEvent(Event e) {
                    Instant at = time.of(e);
                    if (at != null) {
                        latest.merge(file, at, (a, b) -> a.isAfter(b) ? a : b);
                    }
                }

                @Override
                public void onReject(Reject r) {
                }
            });
        }
        return files(folder).stream()
                .sorted(Comparator.comparing((Path p) -> latest.getOrDefault(p, Instant.EPOCH)).thenComparing(Path::toString))
                .toList();
    }

    /** The folder's files in path order, as one message each (a whole S3 object, as an S3 notification pipeline sends). */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
