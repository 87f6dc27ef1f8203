package io.regionwatch.cli.sink;

import io.regionwatch.core.event.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OCSF {@code attack} objects from the rule's ATT&amp;CK mapping in {@code kibana.alert.rule.threat}. */
final class OcsfAttacks {
    private OcsfAttacks() {
    }

    static List<Map<String, Object>> from(Event doc) {
        List<Map<String, Object>> attacks = new ArrayList<>();
        for (Object threat : OcsfFindingMapper.list(doc.get("kibana.alert.rule.threat"))) {
            if (!(threat instanceof Map<?, ?> t)) {
                continue;
            }
            Map<String, Object> tactic = named(t.get("tactic"));
            List<Object> techniques = OcsfFindingMapper.list(t.get("technique"));
            if (techniques.isEmpty()) {
                attacks.add(attack(tactic, null));
            }
            for (Object tech : techniques) {
                attacks.add(attack(tactic, tech instanceof Map<?, ?> m ? named(m) : null));
            }
        }
        return attacks;
    }

    private static Map<String, Object> attack(Map<String, Object> tactic, Map<String, Object> technique) {
        Map<String, Object> a = new LinkedHashMap<>();
        if (tactic != null) {
            a.put("tactic", tactic);
        }
        if (technique != null) {
            a.put("technique", technique);
        }
        a.put("version", "v15");
        return a;
    }

    private static Map<String, Object> named(Object entry) {
        if (!(entry instanceof Map<?, ?> m) || m.get("id") == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("uid", String.valueOf(m.get("id")));
        if (m.get("name") != null) {
            out.put("name", String.valueOf(m.get("name")));
        }
        return out;
    }
}
