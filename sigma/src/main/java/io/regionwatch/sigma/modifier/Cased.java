package io.regionwatch.sigma.modifier;

/** {@code cased}: strings match case-sensitively (Sigma's default is case-insensitive). */
final class Cased implements Modifier {
    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        for (SigmaValue v : chain.values()) {
            if (!(v instanceof SigmaString) && !(v instanceof SigmaValue.SigmaFieldRef)) {
                throw new ModifierException("'cased' applies to strings, not " + ModifierChain.describe(v));
            }
        }
        chain.setCased();
    }
}
