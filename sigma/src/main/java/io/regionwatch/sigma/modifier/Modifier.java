package io.regionwatch.sigma.modifier;

/** One value modifier: rewrites the chain's values or flags, or explains why it cannot. */
@FunctionalInterface
public interface Modifier {
    void apply(ModifierChain chain) throws ModifierException;
}
