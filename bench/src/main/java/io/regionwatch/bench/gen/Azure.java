package io.regionwatch.bench.gen;

import io.regionwatch.cli.simulate.PlantedEvent;
import io.regionwatch.cli.simulate.SimulationManifest;
import io.regionwatch.cli.simulate.SimulationOptions;
import io.regionwatch.cli.simulate.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Azure Log Analytics {@code AzureActivity} exports: the simulator's rows are the templates (benign
 * rows cloned with new ids and times; its planted rows written once, verbatim, so the unapproved
 * {@code japaneast} resource group alerts exactly as in {@code examples/}).
 */
final class Azure {
    /** Azure alerts are keyed by a content hash; the verifier compares them by source only. */
    static final String PLANTED_ANCESTOR = "azure.activitylogs:*";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final List<Map<String, Object>> background = new ArrayList<>();
    private final List<Map<String, Object>> planted = new ArrayList<>();

    Azure(long seed) throws IOException {
        Path tmp = Files.createTempDirectory("regionwatch-bench-azure");
        try {
            SimulationManifest manifest = new Simulator(new SimulationOptions(seed, SimulationOptions.DEFAULT_START, 2000))
                    .writeTo(tmp);
            Set<String> plantedIds = manifest.planted().stream().filter(p -> p.cloud().equals("azure"))
                    .map(PlantedEvent::id).collect(Collectors.toSet());
            for (Map<String, Object> row : rows(tmp.resolve("azure/log-analytics"))) {
                (plantedIds.contains(String.valueOf(row.get("EventDataId"))) ? planted : background).add(row);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<Map<String, Object>> rows(Path dir) throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                all.addAll(JSON.readValue(f.toFile(), new TypeReference<List<Map<String, Object>>>() { }));
            }
        }
        return all;
    }

    /** An export of {@code count} benign rows within the hour starting at {@code hour}. */
    String export(SplittableRandom rnd, Instant hour, int count) {
        List<Map<String, Object>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new LinkedHashMap<>(background.get(rnd.nextInt(background.size())));
            Instant at = hour.plusMillis(rnd.nextLong(3_600_000L));
            row.put("EventDataId", new UUID(rnd.nextLong(), rnd.nextLong()).toString());
            row.put("TimeGenerated", at.toString());
            row.put("EventSubmissionTimestamp", at.plusSeconds(9).toString());
            out.add(row);
        }
        out.sort(Comparator.comparing(r -> (String) r.get("TimeGenerated")));
        return JSON.writeValueAsString(out);
    }

    /** The simulator's planted rows, verbatim. */
    String plantedExport() {
        return JSON.writeValueAsString(planted);
    }
}
