package io.regionwatch.ingest;

import io.regionwatch.core.event.Event;

/**
 * A listener with per-event work that depends on no other event (redaction, stateless rule
 * filters): when reading is parallel, {@link #prepare} runs on the reader thread that normalized the
 * event, and {@link #onPrepared} receives its result on the caller's thread, in stream order. The
 * stream order of {@link #onPrepared} calls is exactly that of {@link IngestListener#onEvent}.
 *
 * @param <P> what the preparation produces
 */
public interface PreparingListener<P> extends IngestListener {
    /** Called on any thread, possibly concurrently: must be thread-safe. */
    P prepare(Event event);

    /** Called on the caller's thread, one event at a time, in stream order. */
    void onPrepared(Event event, P prepared);

    /** Sequential reading: prepare here, then go on. */
    @Override
    default void onEvent(Event event) {
        onPrepared(event, prepare(event));
    }
}
