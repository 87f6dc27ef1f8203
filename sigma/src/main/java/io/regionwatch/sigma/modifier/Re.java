package io.regionwatch.sigma.modifier;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.regionwatch.sigma.modifier.SigmaValue.SigmaRegex;

/**
 * {@code re}: the value is a regular expression, case-sensitive unless {@code i} follows. RE2
 * syntax checks it at load time; look-arounds and back-references, which the spec excludes from
 * its PCRE subset, are rejected there too.
 */
final class Re implements Modifier {
    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.requireFirst();
        chain.map(v -> {
            if (!(v instanceof SigmaString s) || s.raw() == null) {
                throw new ModifierException("'re' applies to strings, not " + ModifierChain.describe(v));
            }
            String pattern = s.raw();
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new ModifierException("invalid regular expression '" + pattern + "': " + e.getDescription());
            }
            return new SigmaRegex(pattern, 0);
        });
    }
}
