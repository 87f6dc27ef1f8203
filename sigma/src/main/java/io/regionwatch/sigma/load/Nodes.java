package io.regionwatch.sigma.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Typed reads of composed nodes; every mismatch becomes a positioned diagnostic, never an exception. */
public final class Nodes {
    private Nodes() {
    }

    static int depth(Node node, int level) {
        int max = level;
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                max = Math.max(max, depth(t.getValueNode(), level + 1));
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node child : seq.getValue()) {
                max = Math.max(max, depth(child, level + 1));
            }
        }
        return max;
    }

    /**
     * The entries of a mapping by key text, in file order. Duplicate keys and non-scalar keys are
     * reported (YAML says keys are unique; the composer alone does not check it). Null if not a map.
     */
    public static Map<String, NodeTuple> map(Node node, String what, Problems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.error(node, what + " must be a map");
            return null;
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(tuple.getKeyNode(), "keys of " + what + " must be plain strings");
            } else if (out.containsKey(key.getValue())) {
                problems.error(key, "duplicate key '" + key.getValue() + "' in " + what);
            } else {
                out.put(key.getValue(), tuple);
            }
        }
        return out;
    }

    /** The text of a scalar that must be a string (numbers and booleans are accepted as their text). */
    public static String string(Node node, String what, Problems problems) {
        if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            return scalar.getValue();
        }
        problems.error(node, what + " must be a string");
        return null;
    }

    /** A list of strings; a single string is accepted as a list of one. */
    public static List<String> strings(Node node, String what, Problems problems) {
        List<String> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node child : seq.getValue()) {
                String s = string(child, "each entry of " + what, problems);
                if (s != null) {
                    out.add(s);
                }
            }
        } else if (node instanceof ScalarNode && !isNull(node)) {
            out.add(string(node, what, problems));
        } else if (!isNull(node)) {
            problems.error(node, what + " must be a list of strings");
        }
        return out;
    }

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** A scalar as YAML 1.2 core schema types it: String, Long, Double, Boolean or null. */
    public static Object scalar(ScalarNode node) {
        Tag tag = node.getTag();
        String text = node.getValue();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
        }
        if (Tag.INT.equals(tag)) {
            return parseInt(text);
        }
        if (Tag.FLOAT.equals(tag)) {
            return parseFloat(text);
        }
        return text;
    }

    private static Object parseInt(String text) {
        try {
            String t = text.replace("_", "");
            if (t.startsWith("0x")) {
                return Long.parseLong(t.substring(2), 16);
            }
            if (t.startsWith("0o")) {
                return Long.parseLong(t.substring(2), 8);
            }
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Object parseFloat(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith(".nan")) {
            return Double.NaN;
        }
        if (t.endsWith(".inf")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
