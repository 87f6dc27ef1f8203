package io.regionwatch.sigma.modifier;

import io.regionwatch.sigma.modifier.SigmaValue.SigmaRegex;

/** {@code i}, {@code m}, {@code s} (and pySigma's long aliases): a flag on the regex before it. */
final class RegexFlag implements Modifier {
    private final int flag;

    /** @param flag one of RE2J's {@code Pattern.CASE_INSENSITIVE}, {@code MULTILINE}, {@code DOTALL} */
    RegexFlag(int flag) {
        this.flag = flag;
    }

    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.map(v -> {
            if (v instanceof SigmaRegex re) {
                return new SigmaRegex(re.pattern(), re.flags() | flag);
            }
            throw new ModifierException("'" + chain.current() + "' is a regex flag and must follow 're'");
        });
    }
}
