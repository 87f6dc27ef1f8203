package io.regionwatch.cli.output;

import io.regionwatch.cli.config.Config;
import io.regionwatch.ingest.ReadStats;
import java.util.LinkedHashMap;
import java.util.Map;

/** The run summary as one JSON object, for scripts and CI ({@code --json-summary}). */
public final class JsonSummary {
    private JsonSummary() {
    }

    public static Map<String, Object> of(ReadStats read, AlertTally alerts, int ruleCount, Config config, long elapsedNanos,
            String rejectsFile, Map<String, Object> outputs) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("files", read.files());
        s.put("bytes", read.bytes());
        s.put("read", read.read());
        s.put("evaluated", read.evaluated());
        s.put("rejected", read.rejected());
        s.put("skipped", read.skipped());
        s.put("balanced", read.balanced());
        s.put("seconds", elapsedNanos / 1e9);
        s.put("rules", ruleCount);
        s.put("approved_regions_from", config.source());
        s.put("alerts", alerts.total());
        s.put("alerts_by_rule_and_region", alerts.byRuleAndRegion());
        s.put("rejects_file", rejectsFile);
        s.put("outputs", outputs);
        return s;
    }
}
