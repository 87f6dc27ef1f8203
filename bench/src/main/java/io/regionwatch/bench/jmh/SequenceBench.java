package io.regionwatch.bench.jmh;

import io.regionwatch.core.event.Event;
import io.regionwatch.eql.CompiledEql;
import io.regionwatch.eql.Eql;
import io.regionwatch.eql.EqlOptions;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The EQL sequence engine, streaming, per event: a two-stage and a three-stage sequence by account and
 * user whose first stage matches the common write calls (so state is really kept), over normalized
 * CloudTrail.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SequenceBench {
    private static final String TWO_STAGES = """
            sequence by cloud.account.id, user.name with maxspan=1h
              [any where event.outcome == "success" and event.action in ("RunInstances", "CreateTags", "CreateLogStream", "CreateBucket")]
              [any where event.provider == "iam.amazonaws.com" and event.action in ("CreateUser", "CreateAccessKey")]
            """;
    private static final String THREE_STAGES = """
            sequence by cloud.account.id, user.name with maxspan=1h
              [any where event.outcome == "success" and event.action in ("RunInstances", "CreateTags", "CreateLogStream", "CreateBucket")]
              [any where event.provider == "iam.amazonaws.com" and event.action == "CreateUser"]
              [any where event.provider == "iam.amazonaws.com" and event.action == "CreateAccessKey"]
            """;

    @Param({"2", "3"})
    public int stages;
    private List<Event> events;
    private CompiledEql sequence;

    @Setup(Level.Trial)
    public void setUp() {
        events = Fixtures.events(false);
    }

    @Setup(Level.Invocation)
    public void compile() throws Exception {
        sequence = Eql.parse(stages == 3 ? THREE_STAGES : TWO_STAGES, "bench").compile(EqlOptions.defaults());
    }

    @Benchmark
    @OperationsPerInvocation(Fixtures.RECORDS)
    public void stream(Blackhole bh) {
        for (Event e : events) {
            sequence.accept(e, m -> bh.consume(m));
        }
        sequence.finish(m -> bh.consume(m));
    }
}
