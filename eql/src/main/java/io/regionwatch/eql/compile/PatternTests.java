package io.regionwatch.eql.compile;

import com.google.re2j.PatternSyntaxException;
import io.regionwatch.core.match.TermSet;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.core.match.Wildcard;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.core.match.AnyTest;
import java.util.ArrayList;
import java.util.List;

/** Builds the compiled test behind {@code :}, {@code like[~]} and {@code regex[~]} with their pattern lists. */
final class PatternTests {
    private PatternTests() {
    }

    static ValueTest of(Expr.Match m) {
        List<ValueTest> tests = new ArrayList<>();
        List<Object> plain = new ArrayList<>();
        for (Expr.Literal p : m.patterns()) {
            String pattern = (String) p.value();
            if (m.kind() == Expr.MatchKind.REGEX) {
                tests.add(regex(pattern, m.insensitive(), p));
            } else if (m.kind() == Expr.MatchKind.SEQ && pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
                plain.add(pattern);
            } else {
                tests.add(new Wildcard(pattern, m.insensitive()));
            }
        }
        if (!plain.isEmpty()) {
            tests.add(new TermSet(plain, true));
        }
        return anyOf(tests);
    }

    private static ValueTest regex(String pattern, boolean insensitive, Expr.Literal at) {
        try {
            return new RegexTest(pattern, insensitive);
        } catch (IllegalArgumentException | PatternSyntaxException e) {
            throw new CompileException(at.span(), "invalid regex \"" + pattern + "\": " + e.getMessage());
        }
    }

    private static ValueTest anyOf(List<ValueTest> tests) {
        return AnyTest.of(tests);
    }
}
