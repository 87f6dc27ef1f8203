package io.regionwatch.sigma.modifier;

/** {@code neq}: the field differs from every value (the item as a whole is negated). */
final class Neq implements Modifier {
    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        if (chain.neq()) {
            throw new ModifierException("'neq' appears twice");
        }
        chain.setNeq();
    }
}
