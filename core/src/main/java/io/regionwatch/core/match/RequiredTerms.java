package io.regionwatch.core.match;

import io.regionwatch.core.event.FieldPath;
import java.util.Set;

/**
 * What a matcher requires of one field, read from the matcher IR: the strings (folded to lower
 * case), or their prefixes, one of which the field must hold for the matcher to match. The engine
 * indexes rules by it (most cloud rules name the API calls they watch in {@code event.action}), so
 * an event is tested only against rules that could match it, and a scan passes over records no rule
 * can match. The answer is conservative: null (no requirement found) is always correct, and it may
 * admit more strings than can match, never fewer.
 */
public final class RequiredTerms {
    private RequiredTerms() {
    }

    /** The exact strings required; null when there are none or the requirement includes a prefix. */
    public static Set<String> of(Matcher matcher, FieldPath field) {
        RequiredValues values = values(matcher, field);
        return values == null || !values.prefixes().isEmpty() ? null : values.terms();
    }

    /**
     * The strings, or prefixes of strings, one of which the field must hold for the matcher to
     * match: every part of a conjunction is a requirement of the whole, so the narrowest is taken
     * (not the intersection: in a multi-valued field each part may be met by another value); a
     * disjunction requires something only if each branch does.
     */
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
