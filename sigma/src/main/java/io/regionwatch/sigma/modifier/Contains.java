package io.regionwatch.sigma.modifier;

import io.regionwatch.sigma.modifier.SigmaValue.SigmaFieldRef;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaRegex;

/** {@code contains}: wraps the value in {@code *} so it matches anywhere in the field. */
final class Contains implements Modifier {
    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.map(v -> {
            if (v instanceof SigmaFieldRef ref) {
                return new SigmaFieldRef(ref.field(), SigmaFieldRef.Match.CONTAINS);
            }
            if (v instanceof SigmaRegex) {
                return v; // regexes are searched, not anchored, so they already match anywhere
            }
            return chain.string(v).prependAny().appendAny();
        });
    }
}
