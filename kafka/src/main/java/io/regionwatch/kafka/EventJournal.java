package io.regionwatch.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What a task has fed its engine, in order: events, with their event time. In-memory rule state
 * (open sequences, threshold windows, suppression, the event-time gate) is a function of this
 * journal, so replaying it rebuilds that state after a restart, a rebalance, a rule change or a
 * quiet-spell finish. Entries older than the horizon (event time) are pruned from the head.
 * Journals written by earlier versions may hold end-of-input markers; replay skips them.
 */
final class EventJournal {
    static final String MARKER = "M";
    private final KeyValueStore<Long, String> kv;
    private long next;

    /** One entry: an event's JSON. */
    record Entry(long seq, String eventJson) {
    }

    EventJournal(KeyValueStore<Long, String> kv) {
        this.kv = kv;
        try (KeyValueIterator<Long, String> last = kv.reverseAll()) {
            next = last.hasNext() ? last.next().key + 1 : 0;
        }
    }

    void appendEvent(Instant time, String eventJson) {
        kv.put(next++, (time == null ? "" : Long.toString(time.toEpochMilli())) + "|" + eventJson);
    }

    /** Hands every event to {@code replay} in order, streaming: the journal may be larger than memory. */
    void replay(Consumer<Entry> replay) {
        try (KeyValueIterator<Long, String> it = kv.all()) {
            while (it.hasNext()) {
                KeyValue<Long, String> e = it.next();
                if (!MARKER.equals(e.value)) {
                    replay.accept(new Entry(e.key, e.value.substring(e.value.indexOf('|') + 1)));
                }
            }
        }
    }

    /** Drops leading entries whose event time is before {@code cutoff}; returns how many. */
    int pruneBefore(Instant cutoff) {
        List<Long> drop = new ArrayList<>();
        try (KeyValueIterator<Long, String> it = kv.all()) {
            while (it.hasNext()) {
                KeyValue<Long, String> e = it.next();
                int bar = e.value.indexOf('|');
                boolean old = MARKER.equals(e.value) || bar == 0
                        || bar > 0 && Long.parseLong(e.value.substring(0, bar)) < cutoff.toEpochMilli();
                if (!old) {
                    break;
                }
                drop.add(e.key);
            }
        }
        drop.forEach(kv::delete);
        return drop.size();
    }

    long size() {
        return kv.approximateNumEntries();
    }
}
