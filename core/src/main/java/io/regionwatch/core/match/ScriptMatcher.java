package io.regionwatch.core.match;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import java.util.List;

/**
 * Runs a three-valued {@link ValueExpr} as a filter: only {@code TRUE} matches, null and false do
 * not. Multi-valued fields are tried element by element (every combination, capped), and the event
 * matches when any combination yields true, as Elasticsearch's multi-value script support does.
 */
public final class ScriptMatcher implements Matcher {
    /** Bound on combinations tried, so a document with huge arrays cannot stall the engine. */
    static final int MAX_COMBINATIONS = 4096;
    private final FieldPath[] fields;
    private final ValueExpr expr;

    public ScriptMatcher(List<FieldPath> fields, ValueExpr expr) {
        this.fields = fields.toArray(new FieldPath[0]);
        this.expr = expr;
    }

    @Override
    public boolean matches(Event event) {
        Object[] raw = new Object[fields.length];
        boolean multi = false;
        for (int i = 0; i < fields.length; i++) {
            raw[i] = event.get(fields[i]);
            multi |= raw[i] instanceof List;
        }
        if (!multi) {
            for (int i = 0; i < raw.length; i++) {
                raw[i] = Values.normalize(raw[i]);
            }
            return Boolean.TRUE.equals(expr.eval(raw));
        }
        return anyCombination(raw, new Object[raw.length], 0, new int[] {MAX_COMBINATIONS});
    }

    private boolean anyCombination(Object[] raw, Object[] bound, int slot, int[] budget) {
        if (slot == raw.length) {
            return budget[0]-- > 0 && Boolean.TRUE.equals(expr.eval(bound.clone()));
        }
        if (raw[slot] instanceof List<?> list) {
            for (Object element : list) {
                bound[slot] = Values.normalize(element);
                if (anyCombination(raw, bound, slot + 1, budget)) {
                    return true;
                }
            }
            return false;
        }
        bound[slot] = Values.normalize(raw[slot]);
        return anyCombination(raw, bound, slot + 1, budget);
    }

    public List<FieldPath> fields() {
        return List.of(fields);
    }

    public ValueExpr expr() {
        return expr;
    }
}
