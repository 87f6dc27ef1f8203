package io.regionwatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The linear glob matcher agrees with a regex reference over every short pattern and value. */
class WildcardPropertiesTest {
    @Test
    void agreesWithRegexReferenceExhaustively() {
        String[] patterns = strings("ab*?", 4);
        String[] values = strings("ab*?", 4); // values may hold the wildcard characters themselves
        for (String p : patterns) {
            Pattern reference = Pattern.compile(p.replace("?", ".").replace("*", ".*"), Pattern.DOTALL);
            for (String v : values) {
                assertThat(Wildcard.matches(p, v)).as("%s ~ %s", p, v).isEqualTo(reference.matcher(v).matches());
            }
        }
    }

    private static String[] strings(String alphabet, int maxLength) {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add("");
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).length() < maxLength) {
                for (char c : alphabet.toCharArray()) {
                    out.add(out.get(i) + c);
                }
            }
        }
        return out.toArray(new String[0]);
    }
}
