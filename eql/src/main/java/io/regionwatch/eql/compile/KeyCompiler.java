package io.regionwatch.eql.compile;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.ValueExpr;
import io.regionwatch.core.match.Values;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.eql.exec.KeyExtractor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Compiles {@code by} expressions: a field reads all its values, any other expression one computed value. */
final class KeyCompiler {
    private KeyCompiler() {
    }

    static KeyExtractor compile(List<Expr> keys) {
        List<KeyExtractor.Key> compiled = new ArrayList<>();
        for (Expr key : keys) {
            compiled.add(key instanceof Expr.Field f ? field(f) : computed(key));
        }
        return new KeyExtractor(compiled);
    }

    private static KeyExtractor.Key field(Expr.Field f) {
        FieldPath path = FieldPath.of(f.name());
        boolean optional = f.optional();
        return new KeyExtractor.Key() {
            @Override
            public List<Object> values(Event event) {
                Object v = event.get(path);
                if (v == null) {
                    return List.of();
                }
                if (v instanceof List<?> list) {
                    return new ArrayList<>(list);
                }
                return Collections.singletonList(v);
            }

            @Override
            public boolean optional() {
                return optional;
            }
        };
    }

    private static KeyExtractor.Key computed(Expr e) {
        Slots slots = new Slots();
        ValueExpr expr = new ScriptCompiler(slots).compile(e);
        FieldPath[] paths = slots.paths().toArray(new FieldPath[0]);
        return new KeyExtractor.Key() {
            @Override
            public List<Object> values(Event event) {
                Object[] fields = new Object[paths.length];
                for (int i = 0; i < paths.length; i++) {
                    Object v = event.get(paths[i]);
                    fields[i] = Values.normalize(v instanceof List<?> list ? list.get(0) : v);
                }
                Object v = expr.eval(fields);
                return v == null ? List.of() : Collections.singletonList(v);
            }

            @Override
            public boolean optional() {
                return false;
            }
        };
    }
}
