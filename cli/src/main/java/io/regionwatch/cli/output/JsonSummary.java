package io.regionwatch.cli.output;

import io.regionwatch.cli.config.Config;
import io.regionwatch.ingest.ReadStats;
import io.regionwatch.core.limit.LimitTally;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        s.put("passed_over", read.passedOver());
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

    /**
     * Bounds on rule state that dropped state, one object per bound and rule:
     * {@code {"limit": "max_sequence_keys", "effect": "eql sequence keys evicted", "rule_id": "...", "cap": 1000, "count": 12}}.
     * Empty when no bound was hit, so a script can test for it.
     */
    public static List<Map<String, Object>> limitHits(List<LimitTally.Entry> hits) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LimitTally.Entry hit : hits) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("limit", hit.limit().setting());
            one.put("effect", hit.limit().effect());
            one.put("rule_id", hit.ruleId());
            one.put("cap", hit.cap());
            one.put("count", hit.count());
            out.add(one);
        }
        return out;
    }
}
