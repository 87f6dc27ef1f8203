package io.regionwatch.core.match;

/**
 * A compiled test of one non-null scalar value (String, Long, Double or Boolean). Implementations
 * do their case folding, wildcard and regex compilation in the constructor, never per call.
 */
@FunctionalInterface
public interface ValueTest {
    boolean test(Object value);
}
