package io.regionwatch.kafka;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertSink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A task's alert output. An alert whose id the task already wrote (the {@code emitted} store, in
 * the same transaction as the output) is dropped, which keeps journal replays silent; the others
 * wait until the processor may forward them.
 */
final class TaskAlerts implements AlertSink {
    private final KeyValueStore<String, Long> emitted;
    private final Map<String, Alert> pending = new LinkedHashMap<>();
    private long dropped;

    TaskAlerts(KeyValueStore<String, Long> emitted) {
        this.emitted = emitted;
    }

    @Override
    public void write(Alert alert) {
        if (pending.containsKey(alert.uuid()) || emitted.get(alert.uuid()) != null) {
            dropped++;
            return;
        }
        pending.put(alert.uuid(), alert);
    }

    /** The pending alerts, now marked as written at {@code watermarkMillis}; the caller forwards them. */
    List<Alert> drain(long watermarkMillis) {
        List<Alert> out = new ArrayList<>(pending.values());
        for (Alert a : out) {
            emitted.put(a.uuid(), watermarkMillis);
        }
        pending.clear();
        return out;
    }

    /** Forgets ids written before {@code cutoffMillis}: the journal no longer holds events that could repeat them. */
    void pruneBefore(long cutoffMillis) {
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = emitted.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> e = it.next();
                if (e.value < cutoffMillis) {
                    old.add(e.key);
                }
            }
        }
        old.forEach(emitted::delete);
    }

    long dropped() {
        return dropped;
    }
}
