package io.regionwatch.eql.analyze;

import io.regionwatch.eql.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Tree walks over expressions that several stages need. */
public final class Exprs {
    private Exprs() {
    }

    /** The direct children of a node, in source order. */
    public static List<Expr> children(Expr e) {
        if (e instanceof Expr.Not n) {
            return List.of(n.operand());
        } else if (e instanceof Expr.And a) {
            return List.of(a.left(), a.right());
        } else if (e instanceof Expr.Or o) {
            return List.of(o.left(), o.right());
        } else if (e instanceof Expr.Compare c) {
            return List.of(c.left(), c.right());
        } else if (e instanceof Expr.Arithmetic a) {
            return List.of(a.left(), a.right());
        } else if (e instanceof Expr.Negate n) {
            return List.of(n.operand());
        } else if (e instanceof Expr.In in) {
            List<Expr> all = new ArrayList<>();
            all.add(in.value());
            all.addAll(in.items());
            return all;
        } else if (e instanceof Expr.Match m) {
            return List.of(m.value());
        } else if (e instanceof Expr.Call c) {
            return c.args();
        }
        return List.of();
    }

    /** Visits {@code e} and every node below it, parents first. */
    public static void walk(Expr e, Consumer<Expr> visitor) {
        visitor.accept(e);
        for (Expr child : children(e)) {
            walk(child, visitor);
        }
    }

    /** Whether the expression reads any field (if not, it can be folded to a constant). */
    public static boolean readsFields(Expr e) {
        boolean[] found = {false};
        walk(e, node -> found[0] |= node instanceof Expr.Field);
        return found[0];
    }

    /** Every field name read by {@code e}, in order of first appearance. */
    public static void collectFields(Expr e, List<String> out) {
        walk(e, node -> {
            if (node instanceof Expr.Field f && !out.contains(f.name())) {
                out.add(f.name());
            }
        });
    }
}
