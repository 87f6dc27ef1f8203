package io.regionwatch.sigma.modifier;

/** {@code all}: the values are ANDed instead of ORed. The spec forbids it on a single value. */
final class All implements Modifier {
    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        if (chain.rawCount() < 2) {
            throw new ModifierException("'all' needs a list of at least two values (the spec forbids it on a single value)");
        }
        chain.setAll();
    }
}
