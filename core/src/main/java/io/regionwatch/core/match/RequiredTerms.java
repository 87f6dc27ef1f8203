package io.regionwatch.core.match;

import io.regionwatch.core.event.FieldPath;
import java.util.HashSet;
import java.util.Set;

/**
 * What a matcher requires of one field, read from the matcher IR: the strings (folded to lower
 * case) one of which the field must hold for the matcher to match. The engine indexes rules by it
 * (most cloud rules name the API calls they watch in {@code event.action}), so an event is tested
 * only against rules that could match it. The answer is conservative: null (no requirement found)
 * is always correct, and a set may hold more strings than can match, never fewer.
 */
public final class RequiredTerms {
    private RequiredTerms() {
    }

    public static Set<String> of(Matcher matcher, FieldPath field) {
        if (matcher instanceof FieldMatches m) {
            return m.field().equals(field) ? m.test().foldedTerms() : null;
        }
        if (matcher instanceof AllOf all) {
            // every part must match, so any part's requirement is the whole's; take the narrowest. Not
            // their intersection: in a multi-valued field each part may be satisfied by another value
            Set<String> required = null;
            for (Matcher part : all.parts()) {
                Set<String> terms = of(part, field);
                if (terms != null && (required == null || terms.size() < required.size())) {
                    required = terms;
                }
            }
            return required;
        }
        if (matcher instanceof AnyOf any) {
            // one part suffices: a requirement only if every part has one
            Set<String> union = new HashSet<>();
            for (Matcher part : any.parts()) {
                Set<String> terms = of(part, field);
                if (terms == null) {
                    return null;
                }
                union.addAll(terms);
            }
            return union;
        }
        if (matcher instanceof Constant c && !c.value()) {
            return Set.of();
        }
        return null;
    }

    /** As {@link #of}, admitting prefixes too: what a prefilter may use, where an index needs exact terms. */
    public static RequiredValues values(Matcher matcher, FieldPath field) {
        if (matcher instanceof FieldMatches m) {
            return m.field().equals(field) ? m.test().foldedValues() : null;
        }
        if (matcher instanceof AllOf all) {
            RequiredValues required = null;
            for (Matcher part : all.parts()) {
                RequiredValues values = values(part, field);
                if (values != null && (required == null || values.size() < required.size())) {
                    required = values;
                }
            }
            return required;
        }
        if (matcher instanceof AnyOf any) {
            RequiredValues union = new RequiredValues(Set.of(), Set.of());
            for (Matcher part : any.parts()) {
                RequiredValues values = values(part, field);
                if (values == null) {
                    return null;
                }
                union = union.union(values);
            }
            return union;
        }
        if (matcher instanceof Constant c && !c.value()) {
            return new RequiredValues(Set.of(), Set.of());
        }
        return null;
    }
}
