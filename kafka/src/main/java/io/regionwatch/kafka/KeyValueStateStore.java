package io.regionwatch.kafka;

import io.regionwatch.core.state.StateStore;
import java.time.Instant;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The rules' baseline ({@link StateStore}: new_terms sightings) in a Kafka Streams key-value store.
 * Writes go to the store at once; Kafka Streams makes them durable in the changelog with the task's
 * output, in one transaction, so {@link #commit()} has nothing to do.
 */
final class KeyValueStateStore implements StateStore {
    private final KeyValueStore<String, String> kv;

    KeyValueStateStore(KeyValueStore<String, String> kv) {
        this.kv = kv;
    }

    @Override
    public TermHistory term(String ruleId, String term) {
        String v = kv.get(termKey(ruleId, term));
        if (v == null) {
            return null;
        }
        int comma = v.indexOf(',');
        return new TermHistory(Instant.ofEpochMilli(Long.parseLong(v.substring(0, comma))),
                Instant.ofEpochMilli(Long.parseLong(v.substring(comma + 1))));
    }

    @Override
    public void recordTerm(String ruleId, String term, Instant seen) {
        TermHistory current = term(ruleId, term);
        TermHistory next = current == null ? new TermHistory(seen, seen) : current.merge(seen);
        if (!next.equals(current)) {
            kv.put(termKey(ruleId, term), next.firstSeen().toEpochMilli() + "," + next.lastSeen().toEpochMilli());
        }
    }

    @Override
    public Instant observedSince(String ruleId) {
        String v = kv.get("o\u0000" + ruleId);
        return v == null ? null : Instant.ofEpochMilli(Long.parseLong(v));
    }

    @Override
    public void recordObserved(String ruleId, Instant seen) {
        Instant current = observedSince(ruleId);
        if (current == null || seen.isBefore(current)) {
            kv.put("o\u0000" + ruleId, Long.toString(seen.toEpochMilli()));
        }
    }

    @Override
    public long termCount(String ruleId) {
        long n = 0;
        try (KeyValueIterator<String, String> it = kv.prefixScan("t\u0000" + ruleId + "\u0000", new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, String> ignored = it.next();
                n += ignored == null ? 0 : 1;
            }
        }
        return n;
    }

    /**
     * Deletes the least recently seen terms beyond {@code keep}, ties by term, as the other stores
     * do: the same journal replayed evicts the same terms. The deletes reach the changelog with the
     * task's next commit, like every other write.
     */
    @Override
    public long evictTerms(String ruleId, long keep) {
        String prefix = "t\u0000" + ruleId + "\u0000";
        java.util.List<String[]> all = new java.util.ArrayList<>();
        try (KeyValueIterator<String, String> it = kv.prefixScan(prefix, new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, String> entry = it.next();
                String v = entry.value;
                all.add(new String[] {entry.key, v.substring(v.indexOf(',') + 1)});
            }
        }
        long excess = all.size() - keep;
        if (excess <= 0) {
            return 0;
        }
        all.sort(java.util.Comparator.comparingLong((String[] e) -> Long.parseLong(e[1])).thenComparing(e -> e[0]));
        for (int i = 0; i < excess; i++) {
            kv.delete(all.get(i)[0]);
        }
        return excess;
    }

    @Override
    public void commit() {
    }

    @Override
    public void close() {
    }

    private static String termKey(String ruleId, String term) {
        return "t\u0000" + ruleId + "\u0000" + term;
    }
}
