package io.regionwatch.bench.jmh;

import io.regionwatch.core.event.Event;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.Reject;
import io.regionwatch.ingest.normalize.Normalizer;
import io.regionwatch.ingest.normalize.Outcome;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Reading (streaming parse into trees) and normalizing (tree to ECS) of CloudTrail records, per record. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizerBench {
    private byte[] ndjson;
    private List<Object> trees;
    private Ingestor full;
    private Ingestor raw;
    private Normalizer normalizer;

    @Setup
    public void setUp() {
        ndjson = Fixtures.ndjson();
        trees = Fixtures.events(true).stream().map(e -> (Object) e.document()).toList();
        full = new Ingestor(IngestOptions.defaults());
        raw = new Ingestor(new IngestOptions(true, false, IngestOptions.defaults().limits()));
        normalizer = new Normalizer(IngestOptions.defaults());
    }

    /** Bytes to JSON trees only (raw mode): the parser and tree builder. */
    @Benchmark
    @OperationsPerInvocation(Fixtures.RECORDS)
    public void readTrees(Blackhole bh) {
        raw.ingest(new ByteArrayInputStream(ndjson), "bench", sink(bh));
    }

    /** Trees to ECS documents only. */
    @Benchmark
    @OperationsPerInvocation(Fixtures.RECORDS)
    public void normalizeTrees(Blackhole bh) {
        for (int i = 0; i < Fixtures.RECORDS; i++) {
            Outcome o = normalizer.normalize(trees.get(i));
            bh.consume(o);
        }
    }

    /** Bytes to ECS events: what one reader thread does per record. */
    @Benchmark
    @OperationsPerInvocation(Fixtures.RECORDS)
    public void readAndNormalize(Blackhole bh) {
        full.ingest(new ByteArrayInputStream(ndjson), "bench", sink(bh));
    }

    private static IngestListener sink(Blackhole bh) {
        return new IngestListener() {
            @Override
            public void onEvent(Event e) {
                bh.consume(e);
            }

            @Override
            public void onReject(Reject r) {
                bh.consume(r);
            }
        };
    }
}
