package io.regionwatch.sigma.load;

import io.regionwatch.sigma.model.SigmaMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads and checks the descriptive fields every document type shares, against the spec's JSON schemas. */
final class MetaReader {
    private static final Set<String> STATUSES = Set.of("stable", "test", "experimental", "deprecated", "unsupported");
    private static final Set<String> LEVELS = Set.of("informational", "low", "medium", "high", "critical");
    private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])");
    private static final Pattern TAG = Pattern.compile("[a-z0-9_-]+\\.[a-z0-9._-]+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Map<String, NodeTuple> doc;
    private final Problems problems;

    MetaReader(Map<String, NodeTuple> doc, Problems problems) {
        this.doc = doc;
        this.problems = problems;
    }

    SigmaMeta read(Node root) {
        String title = text("title");
        if (title == null && !doc.containsKey("title")) {
            problems.error(root, "missing required field 'title'");
        } else if (title != null && title.length() > 256) {
            problems.error(value("title"), "title is longer than 256 characters");
        }
        String id = text("id");
        if (id != null && !UUID.matcher(id).matches()) {
            problems.warning(problems.span(value("id")), "id '" + id + "' is not a UUID (the spec recommends UUID v4)");
        }
        return new SigmaMeta(title, id, text("name"), oneOf("status", STATUSES), text("description"),
                text("license"), text("taxonomy"), list("references"), authors(), date("date"), date("modified"),
                tags(), list("fields"), list("falsepositives"), oneOf("level", LEVELS));
    }

    Node value(String key) {
        NodeTuple t = doc.get(key);
        return t == null ? null : t.getValueNode();
    }

    String text(String key) {
        Node node = value(key);
        return node == null || Nodes.isNull(node) ? null : Nodes.string(node, "'" + key + "'", problems);
    }

    private List<String> list(String key) {
        Node node = value(key);
        return node == null ? List.of() : Nodes.strings(node, "'" + key + "'", problems);
    }

    private String oneOf(String key, Set<String> allowed) {
        String v = text(key);
        if (v != null && !allowed.contains(v)) {
            problems.error(value(key), key + " '" + v + "' is not one of " + new java.util.TreeSet<>(allowed));
        }
        return v;
    }

    private String date(String key) {
        String v = text(key);
        if (v != null && !DATE.matcher(v).matches()) {
            problems.error(value(key), key + " '" + v + "' is not a YYYY-MM-DD date");
        }
        return v;
    }

    private List<String> tags() {
        List<String> tags = list("tags");
        Node node = value("tags");
        List<Node> entries = node instanceof SequenceNode seq ? seq.getValue() : List.of();
        for (int i = 0; i < tags.size(); i++) {
            if (!TAG.matcher(tags.get(i)).matches()) {
                problems.error(i < entries.size() ? entries.get(i) : node,
                        "tag '" + tags.get(i) + "' is not namespace.name in lower case");
            }
        }
        return tags;
    }

    /** The schema has one author string; names separated by commas become a list, as Elastic keeps them. */
    private List<String> authors() {
        List<String> out = new ArrayList<>();
        for (String entry : list("author")) {
            for (String name : entry.split(",")) {
                if (!name.isBlank()) {
                    out.add(name.trim());
                }
            }
        }
        return out;
    }
}
