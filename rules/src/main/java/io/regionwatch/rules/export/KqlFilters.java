package io.regionwatch.rules.export;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.kql.ast.Query;
import io.regionwatch.kql.ast.Term;
import io.regionwatch.kql.ast.ValueList;
import io.regionwatch.rules.export.Filter.Leaf;
import io.regionwatch.rules.export.Filter.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * KQL (kuery) queries to {@link Filter}s: {@code field:value}, {@code field:*} (exists), value lists,
 * ranges and the boolean operators. Field-name patterns, nested queries and free-text values have
 * no Sigma field-test form and fail.
 */
final class KqlFilters {
    private KqlFilters() {
    }

    static Filter of(Query q) throws DiagnosticException {
        if (q instanceof Query.And a) {
            return new Filter.And(all(a.operands()));
        }
        if (q instanceof Query.Or o) {
            return new Filter.Or(all(o.operands()));
        }
        if (q instanceof Query.Not n) {
            return new Filter.Not(of(n.operand()));
        }
        if (q instanceof Query.MatchAll) {
            return new Filter.Const(true);
        }
        if (q instanceof Query.FieldValues fv && !fv.field().isPattern()) {
            return values(fv.field().text(), fv.values());
        }
        if (q instanceof Query.Range r && !r.field().isPattern()) {
            Op op = switch (r.op()) {
                case LT -> Op.LT;
                case LTE -> Op.LTE;
                case GT -> Op.GT;
                case GTE -> Op.GTE;
            };
            return new Leaf(r.field().text(), op, List.of(number(r.value())));
        }
        throw unsupported(q.span());
    }

    private static List<Filter> all(List<Query> queries) throws DiagnosticException {
        List<Filter> out = new ArrayList<>();
        for (Query q : queries) {
            out.add(of(q));
        }
        return out;
    }

    private static Filter values(String field, ValueList values) throws DiagnosticException {
        if (values instanceof Term t) {
            return t.isLoneWildcard() ? new Leaf(field, Op.EXISTS, List.of()) : new Leaf(field, Op.MATCH, List.of(value(t)));
        }
        if (values instanceof ValueList.Not n) {
            return new Filter.Not(values(field, n.operand()));
        }
        List<ValueList> operands = values instanceof ValueList.Or o ? o.operands() : ((ValueList.And) values).operands();
        boolean or = values instanceof ValueList.Or;
        if (or && operands.stream().allMatch(v -> v instanceof Term t && !t.isLoneWildcard())) {
            List<Object> list = new ArrayList<>();
            for (ValueList v : operands) {
                list.add(value((Term) v));
            }
            return new Leaf(field, Op.MATCH, list);
        }
        List<Filter> parts = new ArrayList<>();
        for (ValueList v : operands) {
            parts.add(values(field, v));
        }
        return or ? new Filter.Or(parts) : new Filter.And(parts);
    }

    /** Unquoted {@code true}/{@code false} are booleans (KQL compares them with boolean fields). */
    private static Object value(Term t) {
        if (!t.quoted() && !t.isPattern() && (t.text().equals("true") || t.text().equals("false"))) {
            return Boolean.valueOf(t.text());
        }
        List<String> parts = new ArrayList<>();
        t.parts().forEach(p -> parts.add(Filter.literal(p)));
        return String.join("*", parts);
    }

    private static Object number(Term t) throws DiagnosticException {
        try {
            return t.text().contains(".") ? (Object) Double.valueOf(t.text()) : (Object) Long.valueOf(t.text());
        } catch (NumberFormatException e) {
            throw DiagnosticException.of(t.span(), "a KQL range on a non-number has no Sigma equivalent");
        }
    }

    private static DiagnosticException unsupported(SourceSpan span) {
        return DiagnosticException.of(span, "this KQL construct has no Sigma equivalent");
    }
}
