package io.regionwatch.cli.tune;

import java.util.Locale;
import java.util.Map;

/**
 * Writes a proposed {@code regionwatch.yml} from observed usage: a region is approved for a
 * provider when at least {@code minWrites} successful writes happened there. Every decision is
 * explained in a comment beside it, so a reviewer sees why a region is in or out.
 */
public final class ConfigProposal {
    private ConfigProposal() {
    }

    public static String render(RegionUsage usage, long minWrites, String inputs) {
        StringBuilder out = new StringBuilder();
        out.append("# Proposed by `regionwatch tune` from ").append(usage.events()).append(" records in ").append(inputs).append(".\n");
        out.append("# A region is approved when it had at least ").append(minWrites)
                .append(" successful write(s). Review before use: an attacker's region\n");
        out.append("# in the history would be approved too. Per-account detail follows each provider.\n");
        out.append("approved_regions:\n");
        for (Map.Entry<String, Map<String, Map<String, RegionUsage.Tally>>> provider : usage.byProvider().entrySet()) {
            out.append("  ").append(provider.getKey()).append(":\n");
            StringBuilder notes = new StringBuilder();
            boolean any = false;
            for (Map.Entry<String, Map<String, RegionUsage.Tally>> region : provider.getValue().entrySet()) {
                long writes = region.getValue().values().stream().mapToLong(RegionUsage.Tally::writes).sum();
                long reads = region.getValue().values().stream().mapToLong(RegionUsage.Tally::reads).sum();
                String line = String.format(Locale.ROOT, "%-16s # %d writes, %d reads, %d account(s)", region.getKey(), writes, reads,
                        region.getValue().size());
                if (writes >= minWrites) {
                    out.append("    - ").append(line).append('\n');
                    any = true;
                } else {
                    notes.append("    # not approved: ").append(line).append(writes == 0 ? " (reads only)" : "").append('\n');
                }
                region.getValue().forEach((account, t) -> notes.append(String.format(Locale.ROOT,
                        "    #   account %s in %s: %d writes, %d reads, first %s, last %s%n", account, region.getKey(), t.writes(),
                        t.reads(), t.first(), t.last())));
            }
            if (!any) {
                out.append("    []\n");
            }
            out.append(notes);
        }
        return out.toString();
    }
}
