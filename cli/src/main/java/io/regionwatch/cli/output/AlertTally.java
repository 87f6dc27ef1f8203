package io.regionwatch.cli.output;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertSink;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/** Passes alerts on and counts them by rule and by region, for the run summary. */
public final class AlertTally implements AlertSink {
    private final AlertSink next;
    private final Map<String, Map<String, Long>> byRuleAndRegion = new TreeMap<>();
    private long total;

    public AlertTally(AlertSink next) {
        this.next = next;
    }

    @Override
    public void write(Alert alert) throws IOException {
        Event doc = new Event(alert.document(), Origin.UNKNOWN);
        if (!"default".equals(doc.get("kibana.alert.building_block_type"))) {
            Object region = alert.events().get(0).get("cloud.region");
            String regionLabel = region == null ? "(no region)" : String.valueOf(region);
            byRuleAndRegion.computeIfAbsent(alert.ruleName(), k -> new TreeMap<>()).merge(regionLabel, 1L, Long::sum);
            total++;
        }
        next.write(alert);
    }

    /** Alerts analysts see (building-block alerts of sequences are not counted). */
    public long total() {
        return total;
    }

    public Map<String, Map<String, Long>> byRuleAndRegion() {
        return byRuleAndRegion;
    }

    @Override
    public void close() throws IOException {
        next.close();
    }
}
