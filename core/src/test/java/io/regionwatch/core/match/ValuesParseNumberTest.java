package io.regionwatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast non-number check in {@link Values#parseNumber} changes no answer of the plain parse. */
class ValuesParseNumberTest {
    @Test
    void agreesWithThePlainParse() {
        List<String> inputs = new ArrayList<>(List.of("1", "-7", "+3", "1.5", "1e5", "1E-3", "0x1p3", "0x1.8P1", "NaN",
                "Infinity", "-Infinity", "12d", "1.5f", "\u0661\u0662\u0663", " 42 ", "", "2026-11-02T08:00:00Z",
                "2026-11-02", "us-east-1", "abc", "fade", "1_000", "9223372036854775808", "1.0.0"));
        inputs.addAll(strings("1.e-xNT:", 4));
        for (String s : inputs) {
            assertThat(Values.parseNumber(s)).as("'%s'", s).isEqualTo(reference(s));
        }
    }

    private static Number reference(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException notLong) {
            try {
                double d = Double.parseDouble(t);
                return Double.isNaN(d) ? null : d;
            } catch (NumberFormatException notDouble) {
                return null;
            }
        }
    }

    private static List<String> strings(String alphabet, int maxLength) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).length() < maxLength) {
                for (char c : alphabet.toCharArray()) {
                    out.add(out.get(i) + c);
                }
            }
        }
        return out;
    }
}
