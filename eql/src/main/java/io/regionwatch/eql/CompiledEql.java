package io.regionwatch.eql;

import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.engine.MatchListener;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.Values;
import io.regionwatch.eql.exec.Ordinal;
import io.regionwatch.eql.exec.PipeChain;
import io.regionwatch.eql.exec.ResultSink;
import io.regionwatch.eql.exec.Runner;
import io.regionwatch.eql.exec.Timestamps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * A compiled EQL query. As a {@link Detection} it is streaming and stateful (feed events in time
 * order; it is not thread-safe); {@link #execute} is a stateless batch run that sorts its input
 * and returns results exactly as Elasticsearch orders them.
 */
public final class CompiledEql implements Detection {
    private final Supplier<Runner> runners;
    private final List<PipeChain.Spec> pipes;
    private final FieldPath timestamp;
    private final FieldPath tiebreaker;
    private final TimestampUnit unit;
    private final List<String> fields;
    private final EqlOptions options;
    private Runner streamRunner;
    private ResultSink streamSink;
    private MatchListener streamListener;
    private long streamIndex;

    CompiledEql(Supplier<Runner> runners, List<PipeChain.Spec> pipes, EqlOptions options, List<String> fields) {
        this.runners = runners;
        this.pipes = pipes;
        this.timestamp = FieldPath.of(options.timestampField());
        this.tiebreaker = options.tiebreakerField() == null ? null : FieldPath.of(options.tiebreakerField());
        this.unit = options.numericTimestamps();
        this.fields = fields;
        this.options = options;
    }

    /**
     * A fresh detection for another independent stream (a Kafka partition, a tenant): it shares
     * everything compiled and starts with empty sequence state. Instances are not thread-safe;
     * use one per thread.
     */
    public CompiledEql newInstance() {
        return new CompiledEql(runners, pipes, options, fields);
    }

    /** The fields the query reads, for validating rules against a schema. */
    public List<String> fieldsReferenced() {
        return fields;
    }

    @Override
    public void accept(Event event, MatchListener listener) {
        if (streamRunner == null) {
            streamRunner = runners.get();
            streamSink = PipeChain.build(pipes, (events, first) -> streamListener.onMatch(events));
        }
        streamListener = listener;
        if (streamSink instanceof PipeChain chain && chain.exhausted()) {
            return;
        }
        long index = streamIndex++;
        Ordinal ordinal = streamRunner.needsOrdinal() ? ordinal(event, index) : new Ordinal(0, null, index);
        streamRunner.accept(event, ordinal, streamSink);
    }

    @Override
    public void finish(MatchListener listener) {
        if (streamRunner == null) {
            return;
        }
        streamListener = listener;
        streamRunner.finish(streamSink);
        if (streamSink instanceof PipeChain chain) {
            chain.finish();
        }
        streamRunner = null;
    }

    /** An event query without pipes is its filter: each passing event is one result. */
    @Override
    public io.regionwatch.core.match.Matcher eventFilter() {
        Runner runner = runners.get();
        return pipes.isEmpty() && runner instanceof io.regionwatch.eql.exec.EventRunner events ? events.filter() : null;
    }

    /** True for sequences and samples, whose results depend on event order. */
    public boolean isStateful() {
        return runners.get().stateful();
    }

    /** A sequence's {@code maxspan}, or null when it has none (or is not a sequence). */
    public java.time.Duration maxspan() {
        long nanos = runners.get().maxspanNanos();
        return nanos <= 0 ? null : java.time.Duration.ofNanos(nanos);
    }

    /** Events that can affect the result (see {@link Runner#candidates()}); others may be skipped. */
    public io.regionwatch.core.match.Matcher candidates() {
        return runners.get().candidates();
    }

    /** How many join-key values the streaming state holds now (bounded by the options' cap). */
    public int stateSize() {
        return streamRunner == null ? 0 : streamRunner.stateSize();
    }

    /**
     * Runs the query over a batch: sorts by timestamp, then tiebreaker, then input order; applies
     * sequences, samples and pipes; returns each result's events (one for event queries).
     */
    public List<List<Event>> execute(List<Event> events) {
        List<Result> ordered = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ordered.add(new Result(List.of(events.get(i)), ordinal(events.get(i), i)));
        }
        ordered.sort(Comparator.comparing(Result::first));
        List<Result> results = new ArrayList<>();
        Runner runner = runners.get();
        ResultSink collect = (matched, first) -> results.add(new Result(matched, first));
        for (Result input : ordered) {
            runner.accept(input.events().get(0), input.first(), collect);
        }
        runner.finish(collect);
        if (!runner.emitsInResultOrder()) {
            results.sort(Comparator.comparing(Result::first));
        }
        List<List<Event>> out = new ArrayList<>();
        ResultSink sink = PipeChain.build(pipes, (matched, first) -> out.add(matched));
        results.forEach(r -> sink.emit(r.events(), r.first()));
        if (sink instanceof PipeChain chain) {
            chain.finish();
        }
        return out;
    }

    /** Events with the ordinal they sort by: one input event, or one result. */
    private record Result(List<Event> events, Ordinal first) {
    }

    private Ordinal ordinal(Event event, long index) {
        long ts = Timestamps.toNanos(event.get(timestamp), unit);
        Object tie = tiebreaker == null ? null : Values.normalize(event.get(tiebreaker));
        return new Ordinal(ts, tie, index);
    }
}
