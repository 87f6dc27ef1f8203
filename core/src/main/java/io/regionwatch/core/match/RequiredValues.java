package io.regionwatch.core.match;

import java.util.HashSet;
import java.util.Set;

/**
 * Strings (folded to lower case) one of which a value must equal, or begin with, to pass a test:
 * what a rule requires of a field when it names API calls by their full names or by a prefix
 * ({@code eventName|startswith} in Sigma, {@code Create*} in KQL). Like {@link RequiredTerms}, it
 * may admit more strings than pass, never fewer.
 */
public record RequiredValues(Set<String> terms, Set<String> prefixes) {
    public RequiredValues {
        terms = Set.copyOf(terms);
        prefixes = Set.copyOf(prefixes);
    }

    static RequiredValues ofTerms(Set<String> terms) {
        return terms == null ? null : new RequiredValues(terms, Set.of());
    }

    /**
     * What a test passing only strings that begin with {@code prefix} requires; null when that is
     * nothing ({@code prefix} empty). When the test compares case-sensitively ({@code folded} false)
     * only an ASCII prefix is used: lower-casing other text can depend on what follows it (a final
     * sigma), so the folded value might not begin with the folded prefix.
     */
    public static RequiredValues prefix(String prefix, boolean folded) {
        if (prefix.isEmpty() || !folded && !prefix.chars().allMatch(c -> c < 0x80)) {
            return null;
        }
        return new RequiredValues(Set.of(), Set.of(Values.fold(prefix)));
    }

    /** Whether a value whose folded form is {@code folded} is admitted. */
    public boolean admits(String folded) {
        if (terms.contains(folded)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (folded.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public RequiredValues union(RequiredValues other) {
        Set<String> t = new HashSet<>(terms);
        t.addAll(other.terms);
        Set<String> p = new HashSet<>(prefixes);
        p.addAll(other.prefixes);
        return new RequiredValues(t, p);
    }

    /** How many strings are checked: a smaller requirement is a narrower one. */
    int size() {
        return terms.size() + prefixes.size();
    }
}
