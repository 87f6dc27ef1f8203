package io.regionwatch.rules.load;

import io.regionwatch.core.rule.Threat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/** Reads and checks {@code [[rule.threat]]}: ATT&amp;CK tactic and technique ids in their documented forms. */
final class ThreatReader {
    private static final Pattern TACTIC = Pattern.compile("TA\\d{4}");
    private static final Pattern TECHNIQUE = Pattern.compile("T\\d{4}");
    private static final Pattern SUBTECHNIQUE = Pattern.compile("T\\d{4}\\.\\d{3}");
    private final TomlRuleReader reader;

    ThreatReader(TomlRuleReader reader) {
        this.reader = reader;
    }

    List<Threat> read(TomlArray threats) {
        List<Threat> out = new ArrayList<>();
        if (threats == null) {
            return out;
        }
        for (int i = 0; i < threats.size(); i++) {
            if (!(threats.get(i) instanceof TomlTable table)) {
                reader.error(threats.inputPositionOf(i), "rule.threat entries must be tables");
                continue;
            }
            String framework = reader.optionalString(table, "framework", "rule.threat.framework");
            Threat.Entry tactic = entry(table.getTable("tactic"), TACTIC, "rule.threat.tactic", table);
            List<Threat.Technique> techniques = new ArrayList<>();
            TomlArray list = table.getArray("technique");
            for (int t = 0; list != null && t < list.size(); t++) {
                TomlTable technique = list.getTable(t);
                Threat.Entry entry = entry(technique, TECHNIQUE, "rule.threat.technique", table);
                List<Threat.Entry> subs = new ArrayList<>();
                TomlArray subList = technique.getArray("subtechnique");
                for (int s = 0; subList != null && s < subList.size(); s++) {
                    subs.add(entry(subList.getTable(s), SUBTECHNIQUE, "rule.threat.technique.subtechnique", technique));
                }
                techniques.add(new Threat.Technique(entry, subs));
            }
            out.add(new Threat(framework == null ? "MITRE ATT&CK" : framework, tactic, techniques));
        }
        return out;
    }

    private Threat.Entry entry(TomlTable table, Pattern idForm, String path, TomlTable parent) {
        if (table == null) {
            // "" is not a key tomlj accepts (it throws); the entry has no position of its own to point at
            reader.error((org.tomlj.TomlPosition) null, "missing " + path);
            return new Threat.Entry("", "", "");
        }
        String id = reader.optionalString(table, "id", path + ".id");
        if (id == null || !idForm.matcher(id).matches()) {
            reader.error(table.inputPositionOf("id"), path + ".id must look like " + idForm.pattern() + ", got " + id);
        }
        String name = reader.optionalString(table, "name", path + ".name");
        String reference = reader.optionalString(table, "reference", path + ".reference");
        return new Threat.Entry(id, name, reference);
    }
}
