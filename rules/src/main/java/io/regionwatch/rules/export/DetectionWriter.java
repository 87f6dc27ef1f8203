package io.regionwatch.rules.export;

import io.regionwatch.rules.export.Filter.Leaf;
import io.regionwatch.rules.export.Filter.Op;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Filter} over raw fields as a Sigma {@code detection}: each field test becomes a search
 * identifier, the positive tests directly under an {@code and} share one identifier (a map is
 * ANDed), and the boolean structure becomes the condition text. Null tests keep an identifier of
 * their own, as the specification asks.
 */
final class DetectionWriter {
    private final Map<String, Object> detection = new LinkedHashMap<>();
    private int counter;

    private DetectionWriter() {
    }

    /** The detection map, {@code condition} last. */
    static Map<String, Object> write(Filter f) {
        DetectionWriter w = new DetectionWriter();
        String condition = w.condition(f, false);
        w.detection.put("condition", condition);
        return w.detection;
    }

    private String condition(Filter f, boolean negated) {
        if (f instanceof Leaf leaf) {
            return name(List.of(leaf), negated);
        }
        if (f instanceof Filter.Not n) {
            return "not " + paren(condition(n.operand(), !negated));
        }
        if (f instanceof Filter.Or o) {
            List<String> parts = new ArrayList<>();
            o.operands().forEach(x -> parts.add(paren(condition(x, negated))));
            return String.join(" or ", parts);
        }
        if (f instanceof Filter.And a) {
            return and(a.operands(), negated);
        }
        throw new IllegalArgumentException("a constant filter has no Sigma detection: " + f);
    }

    private String and(List<Filter> operands, boolean negated) {
        List<Leaf> merged = new ArrayList<>();
        List<Object> parts = new ArrayList<>();
        for (Filter x : operands) {
            if (x instanceof Leaf l && l.op() != Op.NULL && merged.stream().noneMatch(m -> key(m).equals(key(l)))) {
                merged.add(l);
            } else {
                parts.add(x);
            }
        }
        if (!merged.isEmpty()) {
            parts.add(0, name(merged, negated));
        }
        List<String> out = new ArrayList<>();
        parts.forEach(p -> out.add(p instanceof String s ? s : paren(condition((Filter) p, negated))));
        return String.join(" and ", out);
    }

    private String name(List<Leaf> leaves, boolean negated) {
        String name = (negated ? "filter_" : "selection_") + ++counter;
        Map<String, Object> items = new LinkedHashMap<>();
        for (Leaf l : leaves) {
            items.put(key(l), value(l));
        }
        detection.put(name, items);
        return name;
    }

    private static String key(Leaf l) {
        return switch (l.op()) {
            case MATCH, NULL -> l.field();
            case EXISTS -> l.field() + "|exists";
            default -> l.field() + "|" + l.op().name().toLowerCase(Locale.ROOT);
        };
    }

    private static Object value(Leaf l) {
        return switch (l.op()) {
            case NULL -> null;
            case EXISTS -> Boolean.TRUE;
            default -> l.values().size() == 1 ? l.values().get(0) : l.values();
        };
    }

    private static String paren(String s) {
        return s.contains(" ") && !s.startsWith("not ") ? "(" + s + ")" : s;
    }
}
