package io.regionwatch.sigma.modifier;

import io.regionwatch.sigma.modifier.SigmaValue.SigmaFieldRef;

/** {@code startswith}: appends {@code *} so the value matches at the start of the field. */
final class StartsWith implements Modifier {
    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.map(v -> v instanceof SigmaFieldRef ref
                ? new SigmaFieldRef(ref.field(), SigmaFieldRef.Match.STARTSWITH)
                : chain.string(v).appendAny());
    }
}
