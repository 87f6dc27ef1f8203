package io.regionwatch.sigma.modifier;

import io.regionwatch.sigma.modifier.SigmaValue.SigmaFieldRef;

/** {@code fieldref}: the value names another field of the same event, compared at match time. */
final class FieldRef implements Modifier {
    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.map(v -> {
            String field = chain.plain(v);
            if (field.isEmpty()) {
                throw new ModifierException("'fieldref' needs a field name");
            }
            return new SigmaFieldRef(field, SigmaFieldRef.Match.EQUALS);
        });
    }
}
