package io.regionwatch.kafka;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The topology, readable top to bottom: raw messages → normalize → (rejects → dead letters) →
 * repartition by account → detect (journal, baseline and emitted-alert stores) → alerts.
 */
public final class DetectionTopology {
    /** Name of the repartition step; the topic is {@code <application.id>-events-repartition}. */
    public static final String EVENTS = "events";

    private DetectionTopology() {
    }

    public static Topology build(DetectorConfig config) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DetectProcessor.JOURNAL),
                Serdes.Long(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DetectProcessor.TERMS),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DetectProcessor.EMITTED),
                Serdes.String(), Serdes.Long()));
        KStream<String, String> normalized = builder
                .stream(config.inputs(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw"))
                .process(NormalizeProcessor::new, Named.as("normalize"));
        normalized.split(Named.as("kind-"))
                .branch((key, value) -> value.charAt(0) == 'R', Branched.withConsumer(rejects -> rejects
                        .mapValues(v -> v.substring(1), Named.as("reject-body"))
                        .to(config.deadLetterTopic(), Produced.with(Serdes.String(), Serdes.String()).withName("dead-letters")),
                        "rejects"))
                .defaultBranch(Branched.withConsumer(events -> events
                        .mapValues(v -> v.substring(1), Named.as("event-body"))
                        .repartition(Repartitioned.with(Serdes.String(), Serdes.String()).withName(EVENTS))
                        .process(() -> new DetectProcessor(config), Named.as("detect"),
                                DetectProcessor.JOURNAL, DetectProcessor.TERMS, DetectProcessor.EMITTED)
                        .to(config.alertsTopic(), Produced.with(Serdes.String(), Serdes.String()).withName("alerts")),
                        "events"));
        return builder.build();
    }
}
