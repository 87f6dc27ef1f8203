package io.regionwatch.eql.compile;

import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.AllOf;
import io.regionwatch.core.match.AnyOf;
import io.regionwatch.core.match.Cidr;
import io.regionwatch.core.match.Constant;
import io.regionwatch.core.match.FieldExists;
import io.regionwatch.core.match.FieldMatches;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.Not;
import io.regionwatch.core.match.Range;
import io.regionwatch.core.match.ScriptMatcher;
import io.regionwatch.core.match.StringTest;
import io.regionwatch.core.match.TermSet;
import io.regionwatch.core.match.Tri;
import io.regionwatch.core.match.ValueExpr;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.eql.analyze.Exprs;
import io.regionwatch.eql.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles a condition the way Elasticsearch splits it between Lucene and scripts: a comparison,
 * membership or pattern test of a plain field against constants becomes a two-valued field
 * predicate (so {@code not}, {@code !=} and {@code not in} pass when the field is missing);
 * anything else becomes a three-valued script, and {@code not} over a script stays inside it.
 */
public final class FilterCompiler {
    private final Map<String, List<String>> boundLists;

    /** {@code boundLists}: field name → values that replace all-string literal lists tested against it. */
    public FilterCompiler(Map<String, List<String>> boundLists) {
        this.boundLists = boundLists;
    }

    public Matcher compile(Expr e) {
        if (e instanceof Expr.And a) {
            return new AllOf(flatten(compile(a.left()), compile(a.right()), true));
        } else if (e instanceof Expr.Or o) {
            return new AnyOf(flatten(compile(o.left()), compile(o.right()), false));
        } else if (e instanceof Expr.Not n) {
            return negate(compile(n.operand()));
        }
        if (!Exprs.readsFields(e)) {
            Object value = ScriptCompiler.fold(e);
            return value instanceof Boolean b ? new Constant(b) : new ScriptMatcher(List.of(), fields -> value);
        }
        Matcher pushed = fieldPredicate(e);
        return pushed != null ? pushed : script(e);
    }

    /** Merges nested conjunctions (or disjunctions) so evaluation walks one flat array. */
    private static List<Matcher> flatten(Matcher left, Matcher right, boolean conjunction) {
        List<Matcher> parts = new ArrayList<>();
        for (Matcher m : List.of(left, right)) {
            if (conjunction && m instanceof AllOf all) {
                parts.addAll(all.parts());
            } else if (!conjunction && m instanceof AnyOf any) {
                parts.addAll(any.parts());
            } else {
                parts.add(m);
            }
        }
        return parts;
    }

    private static Matcher negate(Matcher inner) {
        if (inner instanceof ScriptMatcher s) {
            ValueExpr expr = s.expr();
            return new ScriptMatcher(s.fields(), fields -> Tri.not(Tri.asBoolean(expr.eval(fields))));
        }
        return new Not(inner);
    }

    private static Matcher script(Expr e) {
        Slots slots = new Slots();
        ValueExpr expr = new ScriptCompiler(slots).compile(e);
        return new ScriptMatcher(slots.paths(), expr);
    }

    /** The Lucene-style predicate for {@code e}, or null when it needs a script. */
    private Matcher fieldPredicate(Expr e) {
        if (e instanceof Expr.Field f) {
            return new FieldMatches(path(f), new TermSet(List.of(Boolean.TRUE), false));
        } else if (e instanceof Expr.Compare c) {
            return comparison(c);
        } else if (e instanceof Expr.In in && in.value() instanceof Expr.Field f) {
            Matcher m = new FieldMatches(path(f), new TermSet(items(f, in.items()), in.insensitive()));
            return in.negated() ? new Not(m) : m;
        } else if (e instanceof Expr.Match m && m.value() instanceof Expr.Field f) {
            return new FieldMatches(path(f), PatternTests.of(bind(f, m)));
        } else if (e instanceof Expr.Call c) {
            return FunctionPushdown.of(c);
        }
        return null;
    }

    private Matcher comparison(Expr.Compare c) {
        boolean fieldLeft = c.left() instanceof Expr.Field && !Exprs.readsFields(c.right());
        boolean fieldRight = c.right() instanceof Expr.Field && !Exprs.readsFields(c.left());
        if (!fieldLeft && !fieldRight) {
            return null;
        }
        Expr.Field field = (Expr.Field) (fieldLeft ? c.left() : c.right());
        Expr.CompareOp op = fieldLeft ? c.op() : c.op().flip();
        Object value = ScriptCompiler.fold(fieldLeft ? c.right() : c.left());
        if (value == null) {
            return switch (op) {
                case EQ -> new Not(new FieldExists(path(field)));
                case NEQ -> new FieldExists(path(field));
                default -> null;
            };
        }
        FieldMatches term = new FieldMatches(path(field), new TermSet(List.of(value), false));
        return switch (op) {
            case EQ -> term;
            case NEQ -> new Not(term);
            case LT -> new FieldMatches(path(field), new Range(Range.Op.LT, value));
            case LTE -> new FieldMatches(path(field), new Range(Range.Op.LE, value));
            case GT -> new FieldMatches(path(field), new Range(Range.Op.GT, value));
            case GTE -> new FieldMatches(path(field), new Range(Range.Op.GE, value));
        };
    }

    /** Folded list items, or the bound values when the list is all string literals on a bound field. */
    private List<Object> items(Expr.Field f, List<Expr> items) {
        List<String> bound = boundLists.get(f.name());
        if (bound != null && items.stream().allMatch(i -> i instanceof Expr.Literal l && l.value() instanceof String)) {
            return new ArrayList<>(bound);
        }
        List<Object> values = new ArrayList<>();
        for (Expr item : items) {
            Object v = ScriptCompiler.fold(item);
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    private Expr.Match bind(Expr.Field f, Expr.Match m) {
        List<String> bound = boundLists.get(f.name());
        if (bound == null || m.kind() != Expr.MatchKind.SEQ || !m.list()) {
            return m;
        }
        List<Expr.Literal> patterns = bound.stream().map(v -> new Expr.Literal(v, m.span())).toList();
        return new Expr.Match(m.value(), m.kind(), m.insensitive(), patterns, true, m.span());
    }

    static FieldPath path(Expr.Field f) {
        return FieldPath.of(f.name());
    }

    /** startsWith/endsWith/stringContains/cidrMatch on a plain field, pushed down as queries are. */
    static final class FunctionPushdown {
        private FunctionPushdown() {
        }

        static Matcher of(Expr.Call c) {
            if (c.args().isEmpty() || !(c.args().get(0) instanceof Expr.Field f)) {
                return null;
            }
            List<Object> rest = new ArrayList<>();
            for (Expr arg : c.args().subList(1, c.args().size())) {
                if (Exprs.readsFields(arg)) {
                    return null;
                }
                rest.add(ScriptCompiler.fold(arg));
            }
            if (rest.isEmpty() || rest.stream().anyMatch(v -> !(v instanceof String))) {
                return null;
            }
            String name = c.name().toLowerCase(Locale.ROOT);
            String needle = (String) rest.get(0);
            return switch (name) {
                case "startswith" -> field(f, new StringTest(StringTest.Kind.PREFIX, needle, c.insensitive()), rest);
                case "endswith" -> field(f, new StringTest(StringTest.Kind.SUFFIX, needle, c.insensitive()), rest);
                case "stringcontains" -> field(f, new StringTest(StringTest.Kind.CONTAINS, needle, c.insensitive()), rest);
                case "cidrmatch" -> cidr(c, f, rest);
                default -> null;
            };
        }

        private static Matcher field(Expr.Field f, ValueTest test, List<Object> rest) {
            return rest.size() == 1 ? new FieldMatches(path(f), test) : null;
        }

        private static Matcher cidr(Expr.Call c, Expr.Field f, List<Object> rest) {
            try {
                return new FieldMatches(path(f), new Cidr(rest.stream().map(String.class::cast).toList()));
            } catch (IllegalArgumentException e) {
                throw new CompileException(c.span(), e.getMessage());
            }
        }
    }
}
