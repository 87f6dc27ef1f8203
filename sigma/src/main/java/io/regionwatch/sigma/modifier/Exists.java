package io.regionwatch.sigma.modifier;

import io.regionwatch.sigma.modifier.SigmaValue.SigmaBoolean;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaExists;

/** {@code exists}: tests presence only; the value must be a boolean and no other modifier may join it. */
final class Exists implements Modifier {
    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.requireAlone();
        if (chain.values().size() != 1) {
            throw new ModifierException("'exists' takes a single boolean, not a list");
        }
        chain.map(v -> {
            if (v instanceof SigmaBoolean b) {
                return new SigmaExists(b.value());
            }
            throw new ModifierException("'exists' takes true or false, not " + ModifierChain.describe(v));
        });
    }
}
