package io.regionwatch.kql.compile;

import io.regionwatch.kql.ast.Query;
import java.util.LinkedHashSet;
import java.util.Set;

/** Lists the field names a query reads, nested fields with their full path. */
public final class FieldCollector {
    private FieldCollector() {
    }

    public static Set<String> collect(Query query) {
        Set<String> out = new LinkedHashSet<>();
        walk(query, "", out);
        return Set.copyOf(out);
    }

    private static void walk(Query query, String prefix, Set<String> out) {
        if (query instanceof Query.Or or) {
            or.operands().forEach(q -> walk(q, prefix, out));
        } else if (query instanceof Query.And and) {
            and.operands().forEach(q -> walk(q, prefix, out));
        } else if (query instanceof Query.Not not) {
            walk(not.operand(), prefix, out);
        } else if (query instanceof Query.Nested nested) {
            out.add(prefix + nested.field().text());
            walk(nested.query(), prefix + nested.field().text() + ".", out);
        } else if (query instanceof Query.FieldValues values) {
            out.add(prefix + values.field().text());
        } else if (query instanceof Query.Range range) {
            out.add(prefix + range.field().text());
        }
    }
}
