package io.regionwatch.bench.jmh;

import io.regionwatch.bench.gen.RulePackGenerator;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.alert.AlertSink;
import io.regionwatch.core.engine.DetectionEngine;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.rules.load.RuleContext;
import io.regionwatch.rules.load.RuleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The detection engine over normalized CloudTrail events, per event: the seed rule alone, the bundled
 * pack (six rules, three stateful), and 200 rules (the pack and 194 Sigma-shaped single-event rules).
 * Rules are compiled afresh for every invocation, outside the timing, since they keep state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatcherBench {
    @Param({"seed", "pack", "200"})
    public String rules;

    private List<Event> events;
    private Path ruleDir;
    private DetectionEngine engine;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        events = Fixtures.events(false).subList(0, Fixtures.RECORDS);
        ruleDir = Files.createTempDirectory("regionwatch-bench-rules");
        RulePackGenerator.write(ruleDir, 200);
    }

    @Setup(Level.Invocation)
    public void compile() throws Exception {
        RuleLoader loader = RuleLoader.standard(RuleContext.defaults());
        List<Rule> loaded = switch (rules) {
            case "seed" -> loader.load(List.of(ruleDir.resolve("defense_evasion_cloud_resource_created_in_unapproved_region_seed.toml")));
            case "pack" -> loader.loadBundled();
            default -> loader.load(List.of(ruleDir));
        };
        AlertSink discard = alert -> { };
        engine = new DetectionEngine(loaded, new AlertFactory(Clock.systemUTC()), discard);
    }

    @Benchmark
    @OperationsPerInvocation(Fixtures.RECORDS)
    public DetectionEngine evaluate() throws IOException {
        for (Event e : events) {
            engine.process(e);
        }
        engine.finish();
        return engine;
    }
}
