package io.regionwatch.sigma.load;

import io.regionwatch.sigma.model.Detection;
import io.regionwatch.sigma.model.DetectionItem;
import io.regionwatch.sigma.model.DetectionItem.RawValue;
import io.regionwatch.sigma.model.SearchIdentifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads a {@code detection} (or filter {@code filter}) block into search identifiers and conditions. */
final class DetectionReader {
    private final Problems problems;

    DetectionReader(Problems problems) {
        this.problems = problems;
    }

    /** @param skip keys that belong to the enclosing block rather than being search identifiers */
    Detection read(Node node, List<String> skip) {
        Map<String, NodeTuple> entries = Nodes.map(node, "detection", problems);
        if (entries == null) {
            return null;
        }
        Map<String, SearchIdentifier> searches = new LinkedHashMap<>();
        List<Detection.ConditionText> conditions = new ArrayList<>();
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            Node value = e.getValue().getValueNode();
            if (e.getKey().equals("condition")) {
                conditions.addAll(conditions(value));
            } else if (e.getKey().equals("timeframe")) {
                problems.error(e.getValue().getKeyNode(),
                        "'timeframe' is Sigma v1 aggregation syntax, not part of v2; write a correlation rule");
            } else if (!skip.contains(e.getKey())) {
                SearchIdentifier search = search(e.getKey(), e.getValue().getKeyNode(), value);
                if (search != null) {
                    searches.put(e.getKey(), search);
                }
            }
        }
        if (!entries.containsKey("condition")) {
            problems.error(node, "detection has no 'condition'");
        }
        return new Detection(searches, conditions, problems.span(node));
    }

    private List<Detection.ConditionText> conditions(Node value) {
        List<Detection.ConditionText> out = new ArrayList<>();
        List<Node> nodes = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        if (nodes.isEmpty()) {
            problems.error(value, "condition list is empty");
        }
        for (Node n : nodes) {
            String text = Nodes.string(n, "condition", problems);
            if (text != null) {
                out.add(new Detection.ConditionText(text, conditionSpan((ScalarNode) n)));
            }
        }
        return out;
    }

    /** Plain and quoted scalars start their text one column after the quote. */
    private io.regionwatch.core.diag.SourceSpan conditionSpan(ScalarNode n) {
        var span = problems.span(n);
        boolean quoted = n.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.SINGLE_QUOTED
                || n.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.DOUBLE_QUOTED;
        return quoted ? io.regionwatch.core.diag.SourceSpan.at(span.source(), span.line(), span.column() + 1) : span;
    }

    private SearchIdentifier search(String name, Node key, Node value) {
        List<List<DetectionItem>> alternatives = new ArrayList<>();
        if (value instanceof MappingNode) {
            alternatives.add(items(value));
        } else if (value instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
            List<RawValue> keywords = new ArrayList<>();
            for (Node element : seq.getValue()) {
                if (element instanceof MappingNode) {
                    alternatives.add(items(element));
                } else if (element instanceof ScalarNode s) {
                    keywords.add(new RawValue(Nodes.scalar(s), problems.span(s)));
                } else {
                    problems.error(element, "entries of search '" + name + "' must be maps or plain values");
                }
            }
            if (!keywords.isEmpty()) {
                alternatives.add(List.of(new DetectionItem(null, List.of(), keywords, problems.span(value))));
            }
        } else {
            problems.error(value, "search identifier '" + name + "' must be a map, a list of maps or a list of values");
            return null;
        }
        return new SearchIdentifier(name, alternatives, problems.span(key));
    }

    private List<DetectionItem> items(Node mapNode) {
        Map<String, NodeTuple> entries = Nodes.map(mapNode, "selection", problems);
        List<DetectionItem> items = new ArrayList<>();
        if (entries == null) {
            return items;
        }
        if (entries.isEmpty()) {
            problems.error(mapNode, "selection map is empty");
        }
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            DetectionItem item = item(e.getKey(), e.getValue());
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private DetectionItem item(String key, NodeTuple tuple) {
        List<String> parts = Arrays.asList(key.split("\\|", -1));
        String field = parts.get(0).isEmpty() ? null : parts.get(0);
        List<String> modifiers = parts.subList(1, parts.size());
        if (modifiers.contains("")) {
            problems.error(tuple.getKeyNode(), "empty modifier in '" + key + "'");
            return null;
        }
        List<RawValue> values = values(tuple.getValueNode(), key);
        return values == null ? null : new DetectionItem(field, modifiers, values, problems.span(tuple.getKeyNode()));
    }

    private List<RawValue> values(Node node, String key) {
        List<RawValue> out = new ArrayList<>();
        List<Node> nodes = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        if (nodes.isEmpty()) {
            problems.error(node, "'" + key + "' has an empty value list");
            return null;
        }
        for (Node n : nodes) {
            if (n instanceof ScalarNode s) {
                out.add(new RawValue(Nodes.scalar(s), problems.span(s)));
            } else {
                problems.error(n, "values of '" + key + "' must be plain scalars, not nested maps or lists");
                return null;
            }
        }
        return out;
    }
}
