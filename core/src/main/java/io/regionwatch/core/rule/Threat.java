package io.regionwatch.core.rule;

import java.util.List;

/** One {@code [[rule.threat]]} entry: a tactic and the techniques (with sub-techniques) under it. */
public record Threat(String framework, Entry tactic, List<Technique> techniques) {
    /** An ATT&amp;CK object: id, name and reference URL. */
    public record Entry(String id, String name, String reference) {
    }

    /** A technique with its sub-techniques. */
    public record Technique(Entry entry, List<Entry> subtechniques) {
    }
}
