package io.regionwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The new_terms baseline in a Kafka Streams store honours max_new_terms_baseline as the other stores do. */
class KeyValueStateStoreTest {
    @Test
    void evictionDropsTheLeastRecentlySeenTermsOfThatRuleOnly() {
        KeyValueStore<String, String> kv = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("terms"), Serdes.String(),
                Serdes.String()).withLoggingDisabled().build();
        MockProcessorContext<String, String> context = new MockProcessorContext<>();
        kv.init(context.getStateStoreContext(), kv);
        KeyValueStateStore store = new KeyValueStateStore(kv);
        Instant start = Instant.parse("2026-11-02T08:00:00Z");
        for (int i = 0; i < 50; i++) {
            store.recordTerm("r", "v" + i, start.plusSeconds(i));
            store.recordTerm("other", "v" + i, start.plusSeconds(i));
        }
        store.recordTerm("r", "v0", start.plusSeconds(100)); // seen again: now the most recent

        assertThat(store.evictTerms("r", 10)).isEqualTo(40);
        assertThat(store.termCount("r")).isEqualTo(10);
        assertThat(store.term("r", "v0")).as("recently seen again, kept").isNotNull();
        assertThat(store.term("r", "v49")).isNotNull();
        assertThat(store.term("r", "v1")).as("least recently seen, evicted").isNull();
        assertThat(store.termCount("other")).isEqualTo(50);
        assertThat(store.evictTerms("r", 10)).isZero();
    }
}
