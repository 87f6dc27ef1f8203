package io.regionwatch.core.match;

/**
 * A compiled test of one non-null scalar value (String, Long, Double or Boolean). Implementations
 * do their case folding, wildcard and regex compilation in the constructor, never per call.
 */
@FunctionalInterface
public interface ValueTest {
    boolean test(Object value);

    /**
     * For a test that only a finite set of strings can pass: those strings in lower case
     * ({@link Values#fold}), so that rules can be indexed by the literal values they require. A
     * string passes only if its folded form is in the set (the set may hold more than pass). Null,
     * the default, when the test is not such a set (patterns, ranges, numbers).
     */
    default java.util.Set<String> foldedTerms() {
        return null;
    }

    /**
     * As {@link #foldedTerms}, also admitting tests that only strings with given prefixes pass;
     * null when the test is neither (the default: its terms, if any).
     */
    default RequiredValues foldedValues() {
        return RequiredValues.ofTerms(foldedTerms());
    }
}
