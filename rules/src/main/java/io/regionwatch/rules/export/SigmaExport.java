package io.regionwatch.rules.export;

import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * One rule exported as Sigma: the YAML documents in order (base rules before the correlation that
 * names them) and notes on what the translation could not say exactly.
 */
public record SigmaExport(String ruleId, String ruleName, List<Map<String, Object>> documents, List<String> notes) {
    public SigmaExport {
        documents = List.copyOf(documents);
        notes = List.copyOf(notes);
    }

    /** The documents as one multi-document YAML file ({@code ---} between documents). */
    public String yaml() {
        Dump dump = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120)
                .setSplitLines(false).build());
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> doc : documents) {
            if (out.length() > 0) {
                out.append("---\n");
            }
            out.append(dump.dumpToString(doc));
        }
        return out.toString();
    }
}
