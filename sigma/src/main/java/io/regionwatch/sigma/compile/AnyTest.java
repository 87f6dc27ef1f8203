package io.regionwatch.sigma.compile;

import io.regionwatch.core.match.ValueTest;
import java.util.List;

/** A value passes when any of the tests does: an OR list of values against one field, one lookup. */
record AnyTest(List<ValueTest> tests) implements ValueTest {
    AnyTest {
        tests = List.copyOf(tests);
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
