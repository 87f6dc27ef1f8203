package io.regionwatch.kql.compile;

import io.regionwatch.core.match.ValueTest;
import java.util.List;

/** A value passes when any of the tests passes: one field lookup serves a whole {@code (a or b*)} list. */
final class AnyTest implements ValueTest {
    static final ValueTest ALWAYS = value -> true;
    private final ValueTest[] tests;

    private AnyTest(List<ValueTest> tests) {
        this.tests = tests.toArray(new ValueTest[0]);
    }

    static ValueTest of(List<ValueTest> tests) {
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
}
