package io.regionwatch.cli.simulate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a simulation's output back from disk, independently of the classes that wrote it. */
final class SimulatedLogs {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** One parsed record and the file it came from ('/'-separated, relative to the root). */
    record Located(String file, JsonNode json) {
    }

    final Path root;
    final List<String> files;

    SimulatedLogs(Path root) throws IOException {
        this.root = root;
        try (Stream<Path> walk = Files.walk(root)) {
            this.files = walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    List<String> cloudTrailFiles() {
        return files.stream().filter(f -> f.contains("/CloudTrail/")).toList();
    }

    List<String> digestFiles() {
        return files.stream().filter(f -> f.contains("/CloudTrail-Digest/")).toList();
    }

    JsonNode gunzipJson(String file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(root.resolve(file)))) {
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Located> cloudTrailRecords() {
        List<Located> out = new ArrayList<>();
        for (String f : cloudTrailFiles()) {
            gunzipJson(f).path("Records").forEach(r -> out.add(new Located(f, r)));
        }
        return out;
    }

    List<Located> logAnalyticsRows() {
        List<Located> out = new ArrayList<>();
        for (String f : files) {
            if (f.startsWith("azure/log-analytics/")) {
                readJson(f).forEach(r -> out.add(new Located(f, r)));
            }
        }
        return out;
    }

    List<Located> storageExportRecords() {
        return jsonLines(f -> f.startsWith("azure/insights-activity-logs/"));
    }

    List<Located> gcpEntries() {
        return jsonLines(f -> f.startsWith("gcp/"));
    }

    private List<Located> jsonLines(Predicate<String> which) {
        List<Located> out = new ArrayList<>();
        for (String f : files) {
            if (which.test(f)) {
                for (String line : read(f).split("\n")) {
                    if (!line.isBlank()) {
                        out.add(new Located(f, MAPPER.readTree(line)));
                    }
                }
            }
        }
        return out;
    }

    JsonNode readJson(String file) {
        return MAPPER.readTree(read(file));
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
