package io.regionwatch.sigma;

import io.regionwatch.core.rule.Threat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sigma {@code attack.*} tags to Elastic's threat entries. Sigma does not say which technique
 * belongs to which tactic, so every tactic lists every technique; technique names are not in the
 * tags, so the id stands in for the name.
 */
final class AttackTags {
    private static final Pattern TECHNIQUE = Pattern.compile("attack\\.(t\\d{4})(?:\\.(\\d{3}))?");
    private static final Map<String, String[]> TACTICS = new LinkedHashMap<>();

    static {
        tactic("reconnaissance", "TA0043", "Reconnaissance");
        tactic("resource-development", "TA0042", "Resource Development");
        tactic("initial-access", "TA0001", "Initial Access");
        tactic("execution", "TA0002", "Execution");
        tactic("persistence", "TA0003", "Persistence");
        tactic("privilege-escalation", "TA0004", "Privilege Escalation");
        tactic("defense-evasion", "TA0005", "Defense Evasion");
        tactic("credential-access", "TA0006", "Credential Access");
        tactic("discovery", "TA0007", "Discovery");
        tactic("lateral-movement", "TA0008", "Lateral Movement");
        tactic("collection", "TA0009", "Collection");
        tactic("command-and-control", "TA0011", "Command and Control");
        tactic("exfiltration", "TA0010", "Exfiltration");
        tactic("impact", "TA0040", "Impact");
    }

    private AttackTags() {
    }

    private static void tactic(String tag, String id, String name) {
        TACTICS.put(tag, new String[] {id, name});
    }

    static List<Threat> threats(List<String> tags) {
        List<Threat.Technique> techniques = techniques(tags);
        List<Threat> out = new ArrayList<>();
        for (String tag : tags) {
            String[] tactic = tag.startsWith("attack.") ? TACTICS.get(tag.substring(7).replace('_', '-')) : null;
            if (tactic != null) {
                Threat.Entry entry = new Threat.Entry(tactic[0], tactic[1],
                        "https://attack.mitre.org/tactics/" + tactic[0] + "/");
                out.add(new Threat("MITRE ATT&CK", entry, techniques));
            }
        }
        return out;
    }

    /** Technique ids in tag order, sub-techniques grouped under their parent. */
    static List<Threat.Technique> techniques(List<String> tags) {
        Map<String, List<Threat.Entry>> byParent = new LinkedHashMap<>();
        for (String tag : tags) {
            Matcher m = TECHNIQUE.matcher(tag);
            if (m.matches()) {
                String parent = m.group(1).toUpperCase(Locale.ROOT);
                List<Threat.Entry> subs = byParent.computeIfAbsent(parent, k -> new ArrayList<>());
                if (m.group(2) != null) {
                    String id = parent + "." + m.group(2);
                    subs.add(new Threat.Entry(id, id, "https://attack.mitre.org/techniques/" + parent + "/" + m.group(2) + "/"));
                }
            }
        }
        List<Threat.Technique> out = new ArrayList<>();
        byParent.forEach((id, subs) -> out.add(new Threat.Technique(
                new Threat.Entry(id, id, "https://attack.mitre.org/techniques/" + id + "/"), List.copyOf(subs))));
        return out;
    }
}
