package io.regionwatch.eql.exec;

import io.regionwatch.core.event.Event;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * {@code | head N} and {@code | tail N} applied to results as they stream: head passes the first N
 * and drops the rest, tail keeps the last N and passes them on at {@link #finish()}. Pipes chain
 * in written order. Not thread-safe; one chain per stream.
 */
public final class PipeChain implements ResultSink {
    /** One pipe: head (keep first) or tail (keep last). */
    public record Spec(boolean head, long count) {
    }

    private final Spec spec;
    private final ResultSink next;
    private final PipeChain nextChain;
    private long passed;
    private final Deque<Held> tail = new ArrayDeque<>();

    private record Held(List<Event> events, Ordinal first) {
    }

    private PipeChain(Spec spec, ResultSink next, PipeChain nextChain) {
        this.spec = spec;
        this.next = next;
        this.nextChain = nextChain;
    }

    /** A sink applying {@code specs} in order before {@code out}; returns {@code out} itself when there are none. */
    public static ResultSink build(List<Spec> specs, ResultSink out) {
        ResultSink sink = out;
        PipeChain downstream = null;
        for (int i = specs.size() - 1; i >= 0; i--) {
            downstream = new PipeChain(specs.get(i), sink, downstream);
            sink = downstream;
        }
        return sink;
    }

    @Override
    public void emit(List<Event> events, Ordinal first) {
        if (spec.head()) {
            if (passed < spec.count()) {
                passed++;
                next.emit(events, first);
            }
            return;
        }
        tail.addLast(new Held(events, first));
        if (tail.size() > spec.count()) {
            tail.removeFirst();
        }
    }

    /** Flushes tail buffers through the rest of the chain; call once at the end of the stream. */
    public void finish() {
        while (!tail.isEmpty()) {
            Held r = tail.removeFirst();
            next.emit(r.events(), r.first());
        }
        if (nextChain != null) {
            nextChain.finish();
        }
    }

    /** Whether a head pipe has already let through everything it ever will. */
    public boolean exhausted() {
        return spec.head() && passed >= spec.count() || nextChain != null && nextChain.exhausted();
    }

}
