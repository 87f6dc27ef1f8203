package io.regionwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Everything under shared/data/public must ingest without a crash and with balanced accounting. */
class SharedDataTest {
    static Path publicData() {
        String shared = System.getProperty("regionwatch.shared");
        Path dir = shared == null ? null : Path.of(shared, "data/public");
        assumeTrue(dir != null && Files.isDirectory(dir), "shared data absent (regionwatch.shared=" + shared + "); skipping");
        return dir;
    }

    @Test
    void wholePublicFolderIngestsWithBalancedAccounting() throws IOException {
        Path dir = publicData();
        Collector c = new Collector();
        ReadStats stats = new Ingestor(IngestOptions.defaults()).ingest(List.of(dir.toString()), c).requireBalanced();
        System.out.println("shared/data/public: " + stats);
        assertThat(stats.read()).isEqualTo(c.events.size() + c.rejects.size() + c.skips.size());
        assertThat(c.rejects).noneMatch(r -> r.reason().startsWith("internal normalization error"));
        assertThat(stats.perDataset()).containsKeys("aws.cloudtrail", "azure.activitylogs", "gcp.audit");
    }

    @Test
    void cloudTrailCorporaBecomeEventsExceptTheMalformedFile() throws IOException {
        Path dir = publicData();
        Collector c = new Collector();
        List<String> paths = List.of(dir.resolve("stratus-red-team").toString(), dir.resolve("suzaku-sample-data").toString());
        ReadStats stats = new Ingestor(IngestOptions.defaults()).ingest(paths, c).requireBalanced();
        System.out.println("stratus + suzaku: " + stats);
        assertThat(c.rejects).allMatch(r -> r.source().endsWith("CreateApiKey.json") || r.source().endsWith(".md")
                || r.source().endsWith("LICENSE.stratus-red-team"), "only the JS-style file and non-JSON docs are rejected");
        assertThat(stats.perDataset().get("aws.cloudtrail")).isGreaterThanOrEqualTo(3_200L);
    }

    @Test
    void rawModeReadsTheEqlConformanceData() throws IOException {
        Path data = publicData().resolve("eql-conformance/test_data.json");
        assumeTrue(Files.isRegularFile(data), "eql data absent");
        Collector c = new Collector();
        ReadStats stats = new Ingestor(new IngestOptions(true, false, Limits.defaults())).ingest(List.of(data.toString()), c);
        assertThat(c.rejects).isEmpty();
        assertThat(c.events).hasSizeGreaterThan(100);
        assertThat(c.events.get(0).get("process_name")).isEqualTo("System Idle Process");
        assertThat(stats.perDataset()).containsOnlyKeys("raw");
    }

    @Test
    void sekoiaMessagesNormalize() throws IOException {
        Path dir = publicData().resolve("sekoia-intake-formats");
        assumeTrue(Files.isDirectory(dir), "sekoia data absent");
        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        int events = 0;
        for (Path f : files) {
            @SuppressWarnings("unchecked")
            var wrapper = (java.util.Map<String, Object>) mapper.readValue(Files.readString(f), java.util.Map.class);
            @SuppressWarnings("unchecked")
            String message = (String) ((java.util.Map<String, Object>) wrapper.get("input")).get("message");
            Collector c = Collector.ingest(message);
            assertThat(c.rejects).as(f.toString()).isEmpty();
            events += c.events.size();
        }
        System.out.println("sekoia input.message: " + files.size() + " files, " + events + " events");
        assertThat(events).isGreaterThanOrEqualTo(files.size() - 1);
    }
}
