package io.regionwatch.sigma.load;

import io.regionwatch.sigma.model.SigmaCorrelation;
import io.regionwatch.sigma.model.SigmaMeta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads the {@code correlation} block of a correlation rule (spec v2.1). */
final class CorrelationReader {
    private static final Pattern TIMESPAN = Pattern.compile("(\\d+)([smhdw])");
    private static final Set<String> OPERATORS = Set.of("gt", "gte", "lt", "lte", "eq", "neq");
    private final Problems problems;

    CorrelationReader(Problems problems) {
        this.problems = problems;
    }

    SigmaCorrelation read(SigmaMeta meta, Node block, Node root) {
        Map<String, NodeTuple> c = Nodes.map(block, "correlation", problems);
        if (c == null) {
            return null;
        }
        int before = problems.errorCount();
        SigmaCorrelation.Type type = type(c, block);
        List<String> rules = required(c, "rules", block) ? Nodes.strings(value(c, "rules"), "rules", problems) : List.of();
        List<String> groupBy = c.containsKey("group-by") ? Nodes.strings(value(c, "group-by"), "group-by", problems) : List.of();
        long span = required(c, "timespan", block) ? timespan(value(c, "timespan")) : 0;
        Map<String, Number> condition = new LinkedHashMap<>();
        Integer[] percentile = {null};
        String field = condition(c, type, condition, percentile, block);
        boolean generate = c.containsKey("generate") && "true".equals(Nodes.string(value(c, "generate"), "generate", problems));
        Map<String, Map<String, String>> aliases = aliases(c);
        if (problems.errorCount() > before || type == null) {
            return null;
        }
        return new SigmaCorrelation(meta, type, rules, groupBy, span, condition, field, percentile[0], aliases, generate, problems.span(root));
    }

    private static Node value(Map<String, NodeTuple> c, String key) {
        return c.get(key).getValueNode();
    }

    private boolean required(Map<String, NodeTuple> c, String key, Node block) {
        if (!c.containsKey(key)) {
            problems.error(block, "correlation has no '" + key + "'");
            return false;
        }
        return true;
    }

    private SigmaCorrelation.Type type(Map<String, NodeTuple> c, Node block) {
        if (!required(c, "type", block)) {
            return null;
        }
        String text = Nodes.string(value(c, "type"), "correlation type", problems);
        try {
            return text == null ? null : SigmaCorrelation.Type.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.error(value(c, "type"), "unknown correlation type '" + text + "'");
            return null;
        }
    }

    private long timespan(Node node) {
        String text = Nodes.string(node, "timespan", problems);
        Matcher m = text == null ? null : TIMESPAN.matcher(text);
        if (m == null || !m.matches()) {
            problems.error(node, "timespan must be a number followed by s, m, h, d or w");
            return 0;
        }
        long unit = switch (m.group(2)) {
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            case "d" -> 86_400_000L;
            default -> 7 * 86_400_000L;
        };
        return Long.parseLong(m.group(1)) * unit;
    }

    /** Fills {@code out} with the operators and {@code percentile[0]} with pySigma's percentile key; returns condition.field. */
    private String condition(Map<String, NodeTuple> c, SigmaCorrelation.Type type, Map<String, Number> out, Integer[] percentile,
            Node block) {
        boolean temporal = type == SigmaCorrelation.Type.TEMPORAL || type == SigmaCorrelation.Type.TEMPORAL_ORDERED;
        if (!c.containsKey("condition")) {
            if (!temporal && type != null) {
                problems.error(block, "correlation type " + type.name().toLowerCase(Locale.ROOT) + " needs a 'condition'");
            }
            return null;
        }
        Map<String, NodeTuple> cond = Nodes.map(value(c, "condition"), "correlation condition", problems);
        String field = null;
        for (Map.Entry<String, NodeTuple> e : cond == null ? Map.<String, NodeTuple>of().entrySet() : cond.entrySet()) {
            Node v = e.getValue().getValueNode();
            if (e.getKey().equals("field")) {
                field = Nodes.string(v, "condition field", problems);
            } else if (e.getKey().equals("percentile")) {
                percentile[0] = percentile(v, type);
            } else if (!OPERATORS.contains(e.getKey())) {
                problems.error(e.getValue().getKeyNode(), "unknown condition operator '" + e.getKey() + "'");
            } else if (v instanceof ScalarNode s && Nodes.scalar(s) instanceof Number n) {
                out.put(e.getKey(), n);
            } else {
                problems.error(v, "condition '" + e.getKey() + "' needs a number");
            }
        }
        boolean needsField = type != null && type.name().startsWith("VALUE_");
        if (needsField && field == null) {
            problems.error(value(c, "condition"), "correlation type " + type.name().toLowerCase(Locale.ROOT) + " needs condition.field");
        }
        return field;
    }

    /**
     * pySigma's {@code condition.percentile} (not in spec v2.1, whose example has none): which
     * percentile of the numeric field a {@code value_percentile} rule compares. Meaningless elsewhere.
     */
    private Integer percentile(Node v, SigmaCorrelation.Type type) {
        if (type != SigmaCorrelation.Type.VALUE_PERCENTILE) {
            problems.error(v, "condition 'percentile' belongs to value_percentile correlations only");
            return null;
        }
        if (v instanceof ScalarNode s && Nodes.scalar(s) instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && n.doubleValue() >= 0 && n.doubleValue() <= 100) {
            return n.intValue();
        }
        problems.error(v, "condition 'percentile' needs a whole number from 0 to 100");
        return null;
    }

    private Map<String, Map<String, String>> aliases(Map<String, NodeTuple> c) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (!c.containsKey("aliases")) {
            return out;
        }
        Map<String, NodeTuple> aliases = Nodes.map(value(c, "aliases"), "aliases", problems);
        for (Map.Entry<String, NodeTuple> alias : aliases == null ? Map.<String, NodeTuple>of().entrySet() : aliases.entrySet()) {
            Map<String, NodeTuple> byRule = Nodes.map(alias.getValue().getValueNode(), "alias " + alias.getKey(), problems);
            Map<String, String> fields = new LinkedHashMap<>();
            if (byRule != null) {
                byRule.forEach((rule, t) -> fields.put(rule, Nodes.string(t.getValueNode(), "alias field", problems)));
            }
            out.put(alias.getKey(), fields);
        }
        return out;
    }
}
