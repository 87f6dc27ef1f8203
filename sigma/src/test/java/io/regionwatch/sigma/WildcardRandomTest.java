package io.regionwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Seeded random Sigma values of {@code a b A * ? \} against random field values, checked against
 * a reference written straight from the spec's escape rules as a java.util.regex (case-insensitive).
 * This covers every route a value can take: term set, prefix, suffix, substring, glob and regex.
 */
class WildcardRandomTest {
    private static final String PATTERN_CHARS = "abA*?\\";
    private static final String VALUE_CHARS = "abAB*?\\";

    /** The spec: \* \? \\ are literal characters, * any run, ? one character, anything else literal. */
    static Pattern reference(String sigma) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < sigma.length(); i++) {
            char c = sigma.charAt(i);
            char next = i + 1 < sigma.length() ? sigma.charAt(i + 1) : 0;
            if (c == '\\' && (next == '*' || next == '?' || next == '\\')) {
                re.append(Pattern.quote(String.valueOf(next)));
                i++;
            } else if (c == '*' || c == '?') {
                re.append(c == '*' ? ".*" : ".");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    private static String random(Random r, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(maxLength + 1); n > 0; n--) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void valuesMatchLikeTheSpecReference() throws Exception {
        Random r = new Random(7);
        for (int n = 0; n < 250; n++) {
            String sigma = random(r, PATTERN_CHARS, 6);
            CompiledSigmaRule rule = TestRules.rule("  selection:\n    eventName: '" + sigma + "'\n  condition: selection\n");
            Pattern expected = reference(sigma);
            for (int k = 0; k < 40; k++) {
                String value = random(r, VALUE_CHARS, 6);
                assertThat(TestRules.matches(rule, TestRules.event("event.action", value)))
                        .as("pattern %s on %s", sigma, value).isEqualTo(expected.matcher(value).matches());
            }
        }
    }
}
