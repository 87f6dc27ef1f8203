package io.regionwatch.sigma.compile;

import io.regionwatch.core.match.ValueTest;

/**
 * Sigma treats every value as a string, so prefix/suffix/substring tests see a number or boolean
 * as its text ({@code 403} starts with {@code 40}); core StringTest alone rejects non-strings.
 */
record AsText(ValueTest inner) implements ValueTest {
    @Override
    public boolean test(Object value) {
        return inner.test(value instanceof String ? value : String.valueOf(value));
    }
}
