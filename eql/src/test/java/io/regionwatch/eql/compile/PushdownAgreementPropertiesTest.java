package io.regionwatch.eql.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.eql.Eql;
import io.regionwatch.eql.EqlOptions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * On a present, single-valued field the two compilation paths must agree: the pushed-down field
 * predicate ({@code f op c}) and the script computing the same test ({@code substring(f, 0) op c}).
 * Values come from a seeded generator over a small alphabet so collisions and wildcards are common.
 */
class PushdownAgreementPropertiesTest {
    private static final List<String> STRING_OPS = List.of("==", "!=", "<", "<=", ">", ">=", ":", "like", "like~",
            "regex", "regex~");
    private static final List<String> NUMERIC_OPS = List.of("==", "!=", "<", "<=", ">", ">=");
    private final Random random = new Random(7);

    private String text() {
        String alphabet = "aAbB.*?";
        char[] chars = new char[random.nextInt(5)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(chars);
    }

    private static boolean matches(String condition, Object value) throws Exception {
        Event e = new Event(Map.of("f", value), Origin.UNKNOWN);
        return !Eql.parse("any where " + condition, "p").compile(EqlOptions.defaults()).execute(List.of(e)).isEmpty();
    }

    private static String literal(String s) {
        return "\"" + s + "\"";
    }

    @Test
    void stringTestsAgree() throws Exception {
        for (int i = 0; i < 1500; i++) {
            String value = text();
            String op = STRING_OPS.get(random.nextInt(STRING_OPS.size()));
            String constant = text();
            String pattern = op.startsWith("regex") ? constant.replace("*", ".*").replace("?", ".") : constant;
            String right = literal(pattern);
            boolean pushed = matches("f " + op + " " + right, value);
            assertThat(pushed).as("f=%s %s %s", value, op, right)
                    .isEqualTo(matches("substring(f, 0) " + op + " " + right, value));
            assertThat(matches("not f " + op + " " + right, value)).isEqualTo(!pushed);
        }
    }

    @Test
    void membershipAgrees() throws Exception {
        for (int i = 0; i < 500; i++) {
            String value = text();
            String in = (random.nextBoolean() ? " in~ (" : " in (") + literal(text()) + ", " + literal(text()) + ")";
            assertThat(matches("f" + in, value)).as(value + in).isEqualTo(matches("substring(f, 0)" + in, value));
            assertThat(matches("f not" + in, value)).isEqualTo(matches("substring(f, 0) not" + in, value));
        }
    }

    @Test
    void numericComparisonsAgree() throws Exception {
        for (int i = 0; i < 500; i++) {
            long value = random.nextInt(21) - 10;
            long constant = random.nextInt(21) - 10;
            String op = NUMERIC_OPS.get(random.nextInt(NUMERIC_OPS.size()));
            String c = Long.toString(constant);
            assertThat(matches("f " + op + " " + c, value)).as("%d %s %s", value, op, c)
                    .isEqualTo(matches("f + 0 " + op + " " + c, value));
        }
    }
}
