package io.regionwatch.kql.ast;

import java.util.List;
import java.util.stream.Collectors;

/** Renders a tree as a compact S-expression, so parser tests read as one line each. */
public final class Sexp {
    private Sexp() {
    }

    public static String of(Query q) {
        if (q instanceof Query.MatchAll) {
            return "(all)";
        } else if (q instanceof Query.Or or) {
            return "(or " + join(or.operands().stream().map(Sexp::of).toList()) + ")";
        } else if (q instanceof Query.And and) {
            return "(and " + join(and.operands().stream().map(Sexp::of).toList()) + ")";
        } else if (q instanceof Query.Not not) {
            return "(not " + of(not.operand()) + ")";
        } else if (q instanceof Query.Nested n) {
            return "(nested " + term(n.field().name()) + " " + of(n.query()) + ")";
        } else if (q instanceof Query.FieldValues fv) {
            return "(" + term(fv.field().name()) + ": " + values(fv.values()) + ")";
        } else if (q instanceof Query.Range r) {
            return "(" + term(r.field().name()) + " " + r.op().symbol() + " " + term(r.value()) + ")";
        }
        return "(any " + term(((Query.AnyField) q).value()) + ")";
    }

    static String values(ValueList v) {
        if (v instanceof Term t) {
            return term(t);
        } else if (v instanceof ValueList.Or or) {
            return "(or " + join(or.operands().stream().map(Sexp::values).toList()) + ")";
        } else if (v instanceof ValueList.And and) {
            return "(and " + join(and.operands().stream().map(Sexp::values).toList()) + ")";
        }
        return "(not " + values(((ValueList.Not) v).operand()) + ")";
    }

    /** Quoted terms in double quotes; in unquoted ones a wildcard is {@code *} and a literal star {@code \*}. */
    static String term(Term t) {
        if (t.quoted()) {
            return "\"" + t.text() + "\"";
        }
        return t.parts().stream().map(p -> p.replace("*", "\\*")).collect(Collectors.joining("*"));
    }

    private static String join(List<String> parts) {
        return String.join(" ", parts);
    }
}
