package io.regionwatch.sigma.load;

import io.regionwatch.sigma.model.Detection;
import io.regionwatch.sigma.model.LogSource;
import io.regionwatch.sigma.model.SigmaDocument;
import io.regionwatch.sigma.model.SigmaFilter;
import io.regionwatch.sigma.model.SigmaMeta;
import io.regionwatch.sigma.model.SigmaRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Turns one composed YAML document into a typed rule, correlation or filter, reporting every problem. */
public final class DocumentReader {
    private final Problems problems;

    public DocumentReader(Problems problems) {
        this.problems = problems;
    }

    /** The typed document, or null when it is too malformed to model (problems then holds why). */
    public SigmaDocument read(Node root) {
        Map<String, NodeTuple> doc = Nodes.map(root, "a Sigma document", problems);
        if (doc == null) {
            return null;
        }
        if (doc.containsKey("action")) {
            problems.error(doc.get("action").getKeyNode(),
                    "'action' (Sigma v1 rule collections) is not part of Sigma v2; write each rule in full");
            return null;
        }
        MetaReader metaReader = new MetaReader(doc, problems);
        SigmaMeta meta = metaReader.read(root);
        if (doc.containsKey("correlation")) {
            return new CorrelationReader(problems).read(meta, metaReader.value("correlation"), root);
        }
        if (doc.containsKey("filter")) {
            return filter(meta, doc, root);
        }
        return rule(meta, doc, root);
    }

    private SigmaRule rule(SigmaMeta meta, Map<String, NodeTuple> doc, Node root) {
        LogSource logSource = logSource(doc, root);
        Detection detection = null;
        if (!doc.containsKey("detection")) {
            problems.error(root, "missing required field 'detection'");
        } else {
            detection = new DetectionReader(problems).read(doc.get("detection").getValueNode(), List.of());
        }
        return logSource == null || detection == null ? null : new SigmaRule(meta, logSource, detection, problems.span(root));
    }

    private SigmaFilter filter(SigmaMeta meta, Map<String, NodeTuple> doc, Node root) {
        LogSource logSource = logSource(doc, root);
        Node block = doc.get("filter").getValueNode();
        Map<String, NodeTuple> entries = Nodes.map(block, "filter", problems);
        if (entries == null || logSource == null) {
            return null;
        }
        List<String> rules = new ArrayList<>();
        boolean any = false;
        NodeTuple rulesEntry = entries.get("rules");
        if (rulesEntry == null) {
            problems.error(block, "filter has no 'rules' list");
        } else if (!(rulesEntry.getValueNode() instanceof SequenceNode)
                && "any".equals(Nodes.string(rulesEntry.getValueNode(), "filter rules", problems))) {
            any = true;
        } else {
            rules = Nodes.strings(rulesEntry.getValueNode(), "filter rules", problems);
        }
        Detection detection = new DetectionReader(problems).read(block, List.of("rules"));
        return detection == null ? null : new SigmaFilter(meta, logSource, rules, any, detection, problems.span(root));
    }

    private LogSource logSource(Map<String, NodeTuple> doc, Node root) {
        NodeTuple entry = doc.get("logsource");
        if (entry == null) {
            problems.error(root, "missing required field 'logsource'");
            return null;
        }
        Map<String, NodeTuple> ls = Nodes.map(entry.getValueNode(), "logsource", problems);
        if (ls == null) {
            return null;
        }
        MetaReader reader = new MetaReader(ls, problems);
        return new LogSource(reader.text("category"), reader.text("product"), reader.text("service"),
                reader.text("definition"), problems.span(entry.getValueNode()));
    }
}
