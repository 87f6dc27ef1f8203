package io.regionwatch.core.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A value passes when any of the tests passes: one field lookup serves a whole {@code (a or b*)} list. */
public final class AnyTest implements ValueTest {
    /** Passes every value (a bare {@code *} pattern): the field need only exist. */
    public static final ValueTest ALWAYS = value -> true;
    private final ValueTest[] tests;

    private AnyTest(List<ValueTest> tests) {
        this.tests = tests.toArray(new ValueTest[0]);
    }

    public static ValueTest of(List<ValueTest> tests) {
        return tests.size() == 1 ? tests.get(0) : new AnyTest(tests);
    }

    @Override
    public boolean test(Object value) {
        for (ValueTest t : tests) {
            if (t.test(value)) {
                return true;
            }
        }
        return false;
    }

    /** The union of the tests' terms, when every test is a finite set of terms. */
    @Override
    public Set<String> foldedTerms() {
        Set<String> all = new HashSet<>();
        for (ValueTest t : tests) {
            Set<String> terms = t.foldedTerms();
            if (terms == null) {
                return null;
            }
            all.addAll(terms);
        }
        return all;
    }

    /** The union of the tests' requirements, when every test has one. */
    @Override
    public RequiredValues foldedValues() {
        RequiredValues all = new RequiredValues(Set.of(), Set.of());
        for (ValueTest t : tests) {
            RequiredValues values = t.foldedValues();
            if (values == null) {
                return null;
            }
            all = all.union(values);
        }
        return all;
    }
}
