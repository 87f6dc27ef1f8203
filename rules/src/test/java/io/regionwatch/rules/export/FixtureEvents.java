package io.regionwatch.rules.export;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.Reject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The cases of a bundled rule's fixture file, read into normalized events. */
record FixtureEvents(String name, ApprovedRegions regions, List<Event> events) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static List<FixtureEvents> read(String fixtures) {
        List<FixtureEvents> out = new ArrayList<>();
        for (JsonNode c : JSON.readTree(fixtures).path("cases")) {
            List<Event> events = new ArrayList<>();
            Ingestor ingestor = new Ingestor(IngestOptions.defaults());
            for (JsonNode log : c.path("logs")) {
                byte[] bytes = JSON.writeValueAsString(log).getBytes(StandardCharsets.UTF_8);
                ingestor.ingest(new ByteArrayInputStream(bytes), c.path("name").asString(), collect(events));
            }
            out.add(new FixtureEvents(c.path("name").asString(), regions(c.path("approved_regions")), events));
        }
        return out;
    }

    static IngestListener collect(List<Event> events) {
        return new IngestListener() {
            @Override
            public void onEvent(Event event) {
                events.add(event);
            }

            @Override
            public void onReject(Reject reject) {
                throw new IllegalStateException("fixture rejected: " + reject.reason());
            }
        };
    }

    private static ApprovedRegions regions(JsonNode node) {
        if (node.isMissingNode()) {
            return ApprovedRegions.SEED_DEFAULT;
        }
        Map<String, Set<String>> byProvider = new LinkedHashMap<>();
        node.properties().forEach(p -> {
            Set<String> regions = new LinkedHashSet<>();
            p.getValue().forEach(r -> regions.add(r.asString()));
            byProvider.put(p.getKey(), regions);
        });
        return new ApprovedRegions(byProvider);
    }
}
