package io.regionwatch.sigma.modifier;

import io.regionwatch.sigma.modifier.SigmaValue.SigmaFieldRef;

/** {@code endswith}: prepends {@code *} so the value matches at the end of the field. */
final class EndsWith implements Modifier {
    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.map(v -> v instanceof SigmaFieldRef ref
                ? new SigmaFieldRef(ref.field(), SigmaFieldRef.Match.ENDSWITH)
                : chain.string(v).prependAny());
    }
}
