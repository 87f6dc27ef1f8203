package io.regionwatch.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocation-free IPv4 check answers as the split-and-parse reference does, exhaustively over short strings. */
class IpAddressesReferenceTest {
    @Test
    void agreesWithSplitAndParse() {
        List<String> inputs = new ArrayList<>(List.of("1.2.3.4", "255.255.255.255", "256.1.1.1", "01.002.3.4",
                "1.2.3", "1.2.3.4.5", "1..3.4", ".1.2.3", "1.2.3.4.", "1.2.3.1000", "\u0661.2.3.4", "a.b.c.d",
                "ec2.amazonaws.com", "", "1.2.3.-4", "+1.2.3.4"));
        inputs.addAll(strings("09.5", 9));
        for (String s : inputs) {
            assertThat(IpAddresses.isIpv4(s)).as("'%s'", s).isEqualTo(reference(s));
        }
    }

    private static boolean reference(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
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
