package io.regionwatch.kql.compile;

import io.regionwatch.core.match.AnyTest;
import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.AllOf;
import io.regionwatch.core.match.AnyOf;
import io.regionwatch.core.match.Cidr;
import io.regionwatch.core.match.Constant;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.Not;
import io.regionwatch.core.match.TermSet;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.kql.KqlOptions;
import io.regionwatch.kql.ast.Query;
import io.regionwatch.kql.ast.Term;
import io.regionwatch.kql.ast.ValueList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * KQL tree to core matchers, with Kibana's semantics on keyword fields: a value is an exact,
 * case-sensitive term (unless {@link KqlOptions#caseInsensitive}), quoted or not; {@code *} in an
 * unquoted value is a wildcard and a lone {@code *} means "exists"; {@code not} is Lucene's
 * must_not, so it passes events without the field; multi-valued fields match when any element does.
 */
public final class KqlCompiler {
    private final KqlOptions options;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public KqlCompiler(KqlOptions options) {
        this.options = options;
    }

    public Matcher compile(Query query) throws DiagnosticException {
        Matcher matcher = query(query, "");
        if (!diagnostics.isEmpty()) {
            throw new DiagnosticException(diagnostics);
        }
        return matcher;
    }

    private Matcher query(Query query, String prefix) {
        if (query instanceof Query.Or or) {
            return new AnyOf(map(or.operands(), q -> query(q, prefix)));
        } else if (query instanceof Query.And and) {
            return new AllOf(map(and.operands(), q -> query(q, prefix)));
        } else if (query instanceof Query.Not not) {
            return new Not(query(not.operand(), prefix));
        } else if (query instanceof Query.Nested nested) {
            return nested(nested, prefix);
        } else if (query instanceof Query.FieldValues values) {
            return fieldValues(values, prefix);
        } else if (query instanceof Query.Range range) {
            return range(range);
        } else if (query instanceof Query.AnyField any) {
            return values(any.value(), new FieldTarget.Every());
        }
        return Constant.TRUE;
    }

    private Matcher range(Query.Range range) {
        String bound = range.value().text();
        if (bound.equals("now") || bound.matches("now[+\\-/].*")) {
            // Elasticsearch date math is relative to when a search runs; a stream has no such moment
            diagnostics.add(Diagnostic.error(range.value().span(),
                    "expected a number, string or ISO date to compare with but found date math '" + bound + "'"));
        }
        return FieldTarget.of(range.field()).with(RangeTests.of(range.op(), bound));
    }

    private Matcher nested(Query.Nested nested, String prefix) {
        String name = nested.field().text();
        if (nested.field().isPattern()) {
            diagnostics.add(Diagnostic.error(nested.field().span(),
                    "expected a nested field name without wildcards but found '" + name + "'"));
        }
        Matcher inner = query(nested.query(), prefix + name + ".");
        return new NestedMatches(FieldTarget.path(name), inner);
    }

    private Matcher fieldValues(Query.FieldValues query, String prefix) {
        FieldTarget target = FieldTarget.of(query.field());
        List<String> bound = query.field().isPattern() ? null : options.boundList(prefix + query.field().text());
        boolean exists = query.values() instanceof Term t && t.isLoneWildcard();
        if (bound == null || exists) {
            return values(query.values(), target);
        }
        String offending = notAList(query.values());
        if (offending != null) {
            diagnostics.add(Diagnostic.error(query.values().span(), "expected a value or an 'or' list of values for '"
                    + prefix + query.field().text() + "', whose list is bound by configuration, but found " + offending));
        }
        return target.with(new TermSet(bound, options.caseInsensitive()));
    }

    /** A bound list may only replace what is itself a list: one value or values joined by {@code or}; else what breaks it. */
    private static String notAList(ValueList values) {
        if (values instanceof Term term) {
            return term.isLoneWildcard() ? "a lone '*'" : null;
        } else if (values instanceof ValueList.Or or) {
            return or.operands().stream().map(KqlCompiler::notAList).filter(o -> o != null).findFirst().orElse(null);
        }
        return values instanceof ValueList.And ? "'and'" : "'not'";
    }

    private Matcher values(ValueList values, FieldTarget target) {
        if (values instanceof Term term) {
            return term.isLoneWildcard() ? target.exists() : target.with(termTest(List.of(term), target));
        } else if (values instanceof ValueList.Or or) {
            if (or.operands().stream().allMatch(Term.class::isInstance)) {
                return target.with(termTest(map(or.operands(), Term.class::cast), target));
            }
            return new AnyOf(map(or.operands(), v -> values(v, target)));
        } else if (values instanceof ValueList.And and) {
            return new AllOf(map(and.operands(), v -> values(v, target)));
        }
        return new Not(values(((ValueList.Not) values).operand(), target));
    }

    /** One test for a list of terms: plain literals share one hash set, patterns get a matcher each. */
    private ValueTest termTest(List<Term> terms, FieldTarget target) {
        boolean fold = options.caseInsensitive();
        boolean ip = target instanceof FieldTarget.Exact exact && isIpField(exact.path());
        List<String> literals = new ArrayList<>();
        List<ValueTest> tests = new ArrayList<>();
        for (Term term : terms) {
            if (term.isLoneWildcard()) {
                tests.add(AnyTest.ALWAYS);
            } else if (term.isPattern()) {
                tests.add(new KqlWildcard(term.parts(), fold));
            } else {
                literals.add(term.text());
                ValueTest cidr = ip ? cidr(term.text()) : null;
                if (cidr != null) {
                    tests.add(cidr);
                }
            }
        }
        if (!literals.isEmpty()) {
            tests.add(0, new TermSet(literals, fold));
        }
        return AnyTest.of(tests);
    }

    /**
     * Without index mappings, ECS's naming stands in for the {@code ip} type: every ECS ip field is
     * named {@code ip} ({@code source.ip}, {@code host.ip}, {@code related.ip}, ...).
     */
    private static boolean isIpField(FieldPath path) {
        return path.segment(path.size() - 1).equals("ip");
    }

    /** On an ip field Elasticsearch reads {@code 10.0.0.0/8} as a block; elsewhere it stays a plain term. */
    private static ValueTest cidr(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || Cidr.parseAddress(text.substring(0, slash)) == null) {
            return null;
        }
        try {
            return new Cidr(List.of(text));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <A, B> List<B> map(List<A> in, Function<A, B> f) {
        List<B> out = new ArrayList<>(in.size());
        for (A a : in) {
            out.add(f.apply(a));
        }
        return out;
    }
}
