package io.regionwatch.sigma.modifier;

import io.regionwatch.sigma.modifier.SigmaValue.DatePart;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaDatePart;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaNumber;

/** {@code minute}..{@code year}: compare one part of a date field (UTC, no time-zone handling). */
final class DatePartModifier implements Modifier {
    private final DatePart part;

    DatePartModifier(DatePart part) {
        this.part = part;
    }

    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.requireFirst();
        chain.map(v -> {
            if (v instanceof SigmaNumber n && n.value() instanceof Long l && part.accepts(l)) {
                return new SigmaDatePart(part, n);
            }
            throw new ModifierException("'" + chain.current() + "' needs a whole number in " + part.range()
                    + ", not " + ModifierChain.describe(v));
        });
    }
}
