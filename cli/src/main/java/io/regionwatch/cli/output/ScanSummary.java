package io.regionwatch.cli.output;

import io.regionwatch.cli.config.Config;
import io.regionwatch.core.limit.LimitTally;
import io.regionwatch.ingest.ReadStats;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The short human summary a scan prints on stderr: what was read, what it became, what fired. */
public final class ScanSummary {
    private ScanSummary() {
    }

    public static void print(PrintWriter err, ReadStats read, AlertTally alerts, int ruleCount, Config config,
            long elapsedNanos, String rejectsFile) {
        double seconds = elapsedNanos / 1e9;
        err.printf(Locale.ROOT, "regionwatch: %d files, %s read in %.2f s (%s records/s, %.1f MB)%n",
                read.files(), count(read.read(), "record"), seconds, group((long) (read.read() / Math.max(seconds, 1e-9))),
                read.bytes() / 1e6);
        err.printf(Locale.ROOT, "  evaluated %d + rejected %d + skipped %d = read %d%s%n",
                read.evaluated(), read.rejected(), read.skipped(), read.read(), read.balanced() ? "" : "  (DOES NOT ADD UP)");
        if (read.passedOver() > 0) {
            err.printf(Locale.ROOT, "  of the evaluated, %d passed over: checked, but no rule looks at their action%n", read.passedOver());
        }
        err.printf(Locale.ROOT, "  %s, approved regions from %s%n", count(ruleCount, "rule"), TerminalText.safe(config.source()));
        err.printf(Locale.ROOT, "  %s%n", count(alerts.total(), "alert"));
        for (Map.Entry<String, Map<String, Long>> rule : alerts.byRuleAndRegion().entrySet()) {
            // rule names come from rule files off the internet, regions from logs: neither may drive the terminal
            String regions = rule.getValue().entrySet().stream().map(e -> TerminalText.safe(e.getKey()) + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            err.printf(Locale.ROOT, "    %s: %s%n", TerminalText.safe(rule.getKey()), regions);
        }
        if (rejectsFile != null) {
            err.printf(Locale.ROOT, "  rejected records written to %s%n", TerminalText.safe(rejectsFile));
        }
        err.flush();
    }

    /**
     * One line per bound on rule state that dropped state, e.g.
     * {@code   limits hit: eql sequence keys evicted 12 (rule X, cap 1000, max_sequence_keys)}; nothing when none was.
     * Alerts may be missing because of these drops, so they are printed even when everything else is routine.
     */
    public static void printLimitHits(PrintWriter err, java.util.List<LimitTally.Entry> hits) {
        for (LimitTally.Entry hit : hits) {
            // rule ids come from rule files (Sigma ids, titles): escape them like rule names
            err.printf(Locale.ROOT, "  limits hit: %s%n", hit.describe(TerminalText.safe(hit.ruleId())));
        }
        err.flush();
    }

    private static String count(long n, String noun) {
        return group(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String group(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
