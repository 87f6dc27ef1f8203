package io.regionwatch.sigma.compile;

import io.regionwatch.core.match.Cidr;
import io.regionwatch.core.match.StringTest;
import io.regionwatch.core.match.TermSet;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaString.Literal;
import io.regionwatch.sigma.modifier.SigmaString.Part;
import io.regionwatch.sigma.modifier.SigmaString.Wild;
import io.regionwatch.sigma.modifier.SigmaValue;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaBoolean;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaCidr;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaCompare;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaDatePart;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaNumber;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaRegex;
import java.util.List;

/**
 * Turns one typed value into the cheapest value test that means the same: an exact term, a
 * prefix/suffix/substring test, or a glob.
 */
final class ValueTests {
    private ValueTests() {
    }

    /** The literal a term set would hold for this value, or null when it needs a pattern test. */
    static Object term(SigmaValue value) {
        if (value instanceof SigmaString s && !s.hasWildcards()) {
            return s.plain();
        }
        if (value instanceof SigmaNumber n) {
            return n.value();
        }
        return value instanceof SigmaBoolean b ? b.value() : null;
    }

    /** The test for a value that is not a field-level matcher (null, exists, fieldref). */
    static ValueTest test(SigmaValue value, boolean foldCase) {
        Object term = term(value);
        if (term != null) {
            return new TermSet(List.of(term), foldCase);
        }
        if (value instanceof SigmaString s) {
            return pattern(s, foldCase);
        }
        if (value instanceof SigmaRegex re) {
            return new RegexTest(re.pattern(), re.flags());
        }
        if (value instanceof SigmaCidr c) {
            return new Cidr(List.of(c.block()));
        }
        if (value instanceof SigmaCompare c) {
            return new NumericCompare(c.op(), c.bound());
        }
        if (value instanceof SigmaDatePart d) {
            return new DatePartTest(d.part(), test(d.test(), false));
        }
        throw new IllegalArgumentException("no value test for " + value);
    }

    static ValueTest pattern(SigmaString s, boolean foldCase) {
        List<Part> p = s.parts();
        if (p.size() == 3 && p.get(0) == Wild.ANY && p.get(1) instanceof Literal l && p.get(2) == Wild.ANY) {
            return new AsText(new StringTest(StringTest.Kind.CONTAINS, l.text(), foldCase));
        }
        if (p.size() == 2 && p.get(0) instanceof Literal l && p.get(1) == Wild.ANY) {
            return new AsText(new StringTest(StringTest.Kind.PREFIX, l.text(), foldCase));
        }
        if (p.size() == 2 && p.get(0) == Wild.ANY && p.get(1) instanceof Literal l) {
            return new AsText(new StringTest(StringTest.Kind.SUFFIX, l.text(), foldCase));
        }
        return new GlobTest(p, foldCase);
    }
}
