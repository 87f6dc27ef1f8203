package io.regionwatch.sigma.compile;

import com.google.re2j.Pattern;
import io.regionwatch.core.match.ValueTest;

/**
 * A regular expression searched (not anchored) in the value's text, with RE2/J so matching time
 * is linear in the input whatever the pattern. Numbers and booleans are tested as their text.
 */
final class RegexTest implements ValueTest {
    private final Pattern pattern;

    RegexTest(String regex, int flags) {
        this.pattern = Pattern.compile(regex, flags);
    }

    @Override
    public boolean test(Object value) {
        return pattern.matcher(value instanceof String s ? s : String.valueOf(value)).find();
    }

    @Override
    public String toString() {
        return "/" + pattern.pattern() + "/";
    }
}
