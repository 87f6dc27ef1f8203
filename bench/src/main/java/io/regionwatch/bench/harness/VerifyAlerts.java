package io.regionwatch.bench.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares a scan's alerts with the workload's {@code expected-alerts.txt}: each alert becomes
 * {@code rule-id kind ancestors} (kind {@code bb} for a sequence's building blocks; Azure ancestors,
 * keyed by a content hash, as {@code azure.activitylogs:*}). Exits 1 unless both lists are equal.
 */
public final class VerifyAlerts {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VerifyAlerts() {
    }

    public static void main(String[] args) throws IOException {
        List<String> expected = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).sorted().toList();
        List<String> actual = signatures(Path.of(args[1]));
        if (expected.equals(actual)) {
            System.out.println("alerts ok: " + actual.size() + " alerts, exactly the planted ones");
            return;
        }
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        System.out.println("ALERTS DIFFER: missing " + missing + "\n  unexpected " + extra);
        System.exit(1);
    }

    static List<String> signatures(Path alerts) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(alerts)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(signature(JSON.readTree(line)));
                }
            }
        }
        return out.stream().sorted().toList();
    }

    private static String signature(JsonNode alert) {
        JsonNode kibana = alert.path("kibana").path("alert");
        List<String> ancestors = new ArrayList<>();
        for (JsonNode a : kibana.path("ancestors")) {
            String id = a.path("id").asString();
            ancestors.add(id.startsWith("azure.activitylogs:") ? "azure.activitylogs:*" : id);
        }
        String kind = kibana.path("building_block_type").isMissingNode() || kibana.path("building_block_type").isNull()
                ? "alert" : "bb";
        return kibana.path("rule").path("rule_id").asString() + " " + kind + " "
                + String.join(",", ancestors.stream().sorted().toList());
    }
}
