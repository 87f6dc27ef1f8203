package io.regionwatch.sigma.modifier;

import io.regionwatch.core.match.Cidr;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaCidr;
import java.util.List;

/** {@code cidr}: the value is an IPv4 or IPv6 network, checked at load time. */
final class CidrModifier implements Modifier {
    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.requireFirst();
        chain.map(v -> {
            String block = chain.plain(v);
            try {
                new Cidr(List.of(block));
            } catch (IllegalArgumentException e) {
                throw new ModifierException(e.getMessage());
            }
            return new SigmaCidr(block);
        });
    }
}
