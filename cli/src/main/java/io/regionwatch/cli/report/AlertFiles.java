package io.regionwatch.cli.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads NDJSON files of alerts or normalized events (what {@code scan} and {@code normalize} write). */
final class AlertFiles {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private AlertFiles() {
    }

    /** Hands each JSON object in {@code file} ({@code -} for stdin) to {@code each}; returns the count of unreadable lines. */
    static long read(String file, Consumer<Map<String, Object>> each) throws IOException {
        BufferedReader reader = "-".equals(file)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        long bad = 0;
        try (reader) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    each.accept(object(line));
                } catch (JacksonException | ClassCastException e) {
                    bad++;
                }
            }
        }
        return bad;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String line) {
        Object value = JSON.readValue(line, Object.class);
        return (Map<String, Object>) value;
    }
}
