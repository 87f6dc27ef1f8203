package io.regionwatch.sigma.modifier;

import io.regionwatch.core.match.Range;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaCompare;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaDatePart;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaNumber;

/** {@code lt}, {@code lte}, {@code gt}, {@code gte}: a numeric bound, alone or after a date part. */
final class Compare implements Modifier {
    private final Range.Op op;

    Compare(Range.Op op) {
        this.op = op;
    }

    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.map(v -> {
            if (v instanceof SigmaNumber n) {
                return new SigmaCompare(op, n.value());
            }
            if (v instanceof SigmaDatePart d && d.test() instanceof SigmaNumber n) {
                return new SigmaDatePart(d.part(), new SigmaCompare(op, n.value()));
            }
            throw new ModifierException("'" + chain.current() + "' needs a number, not " + ModifierChain.describe(v));
        });
    }
}
