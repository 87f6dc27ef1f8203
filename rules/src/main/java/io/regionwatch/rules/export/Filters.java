package io.regionwatch.rules.export;

import io.regionwatch.rules.export.Filter.Const;
import io.regionwatch.rules.export.Filter.Leaf;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Rewrites of {@link Filter}s: deciding dataset tests for one log source, and simplification. */
final class Filters {
    private static final Filter TRUE = new Const(true);
    private static final Filter FALSE = new Const(false);

    private Filters() {
    }

    /**
     * The filter as it reads for events of one dataset: tests on {@code event.dataset} and
     * {@code cloud.provider} become constants, then the whole filter is simplified.
     */
    static Filter forDataset(Filter f, String dataset) {
        String provider = dataset.substring(0, dataset.indexOf('.'));
        return simplify(map(f, leaf -> switch (leaf.field()) {
            case "event.dataset" -> decide(leaf, dataset);
            case "cloud.provider" -> decide(leaf, provider);
            default -> leaf;
        }));
    }

    /** Replaces every leaf with what {@code rewrite} makes of it. */
    static Filter map(Filter f, java.util.function.Function<Leaf, Filter> rewrite) {
        if (f instanceof Filter.And a) {
            return new Filter.And(each(a.operands(), o -> map(o, rewrite)));
        }
        if (f instanceof Filter.Or o) {
            return new Filter.Or(each(o.operands(), x -> map(x, rewrite)));
        }
        if (f instanceof Filter.Not n) {
            return new Filter.Not(map(n.operand(), rewrite));
        }
        return f instanceof Leaf leaf ? rewrite.apply(leaf) : f;
    }

    private static Filter decide(Leaf leaf, String actual) {
        return switch (leaf.op()) {
            case EXISTS -> TRUE;
            case NULL -> FALSE;
            case MATCH -> new Const(leaf.values().stream().anyMatch(v -> v instanceof String s && glob(s).matcher(actual).matches()));
            default -> leaf;
        };
    }

    /** A Sigma string as a case-insensitive Java regex. */
    static Pattern glob(String sigma) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < sigma.length(); i++) {
            char c = sigma.charAt(i);
            if (c == '\\' && i + 1 < sigma.length() && "*?\\".indexOf(sigma.charAt(i + 1)) >= 0) {
                re.append(Pattern.quote(String.valueOf(sigma.charAt(++i))));
            } else if (c == '*' || c == '?') {
                re.append(c == '*' ? ".*" : ".");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    /** Folds constants, flattens nested and/or, removes double negation. */
    static Filter simplify(Filter f) {
        if (f instanceof Filter.Not n) {
            Filter inner = simplify(n.operand());
            if (inner instanceof Const c) {
                return new Const(!c.value());
            }
            return inner instanceof Filter.Not nn ? nn.operand() : new Filter.Not(inner);
        }
        boolean and = f instanceof Filter.And;
        if (!and && !(f instanceof Filter.Or)) {
            return f;
        }
        List<Filter> operands = and ? ((Filter.And) f).operands() : ((Filter.Or) f).operands();
        List<Filter> kept = new ArrayList<>();
        for (Filter o : operands) {
            Filter s = simplify(o);
            if (s instanceof Const c) {
                if (c.value() != and) {
                    return c;
                }
            } else if (and && s instanceof Filter.And inner) {
                kept.addAll(inner.operands());
            } else if (!and && s instanceof Filter.Or inner) {
                kept.addAll(inner.operands());
            } else {
                kept.add(s);
            }
        }
        if (kept.isEmpty()) {
            return new Const(and);
        }
        return kept.size() == 1 ? kept.get(0) : and ? new Filter.And(kept) : new Filter.Or(kept);
    }

    private static List<Filter> each(List<Filter> in, UnaryOperator<Filter> op) {
        List<Filter> out = new ArrayList<>();
        in.forEach(x -> out.add(op.apply(x)));
        return out;
    }
}
