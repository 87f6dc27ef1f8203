package io.regionwatch.eql.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.eql.Eql;
import io.regionwatch.eql.EqlOptions;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On a present, single-valued field the two compilation paths must agree: the pushed-down field
 * predicate ({@code f op c}) and the script that computes the same test ({@code substring(f, 0) op c}).
 */
class PushdownAgreementPropertiesTest {
    private static final List<String> STRING_OPS = List.of("==", "!=", "<", "<=", ">", ">=", ":", "like", "like~",
            "regex", "regex~");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("aAbB.*?").ofMaxLength(4);
    }

    @Provide
    Arbitrary<String> stringOp() {
        return Arbitraries.of(STRING_OPS);
    }

    private static boolean matches(String condition, Object value) throws Exception {
        Event e = new Event(Map.of("f", value), Origin.UNKNOWN);
        return !Eql.parse("any where " + condition, "p").compile(EqlOptions.defaults()).execute(List.of(e)).isEmpty();
    }

    private static String literal(String s) {
        return "\"" + s + "\"";
    }

    @Property(tries = 1500)
    void stringTestsAgree(@ForAll("text") String value, @ForAll("stringOp") String op, @ForAll("text") String constant)
            throws Exception {
        String pattern = op.startsWith("regex") ? constant.replace("*", ".*").replace("?", ".") : constant;
        String right = literal(pattern);
        boolean pushed = matches("f " + op + " " + right, value);
        boolean scripted = matches("substring(f, 0) " + op + " " + right, value);
        assertThat(pushed).as("f=%s %s %s", value, op, right).isEqualTo(scripted);
        assertThat(matches("not f " + op + " " + right, value)).isEqualTo(!pushed);
    }

    @Property(tries = 500)
    void membershipAgrees(@ForAll("text") String value, @ForAll("text") String a, @ForAll("text") String b,
            @ForAll boolean insensitive) throws Exception {
        String in = (insensitive ? " in~ (" : " in (") + literal(a) + ", " + literal(b) + ")";
        assertThat(matches("f" + in, value)).isEqualTo(matches("substring(f, 0)" + in, value));
        assertThat(matches("f not" + in, value)).isEqualTo(matches("substring(f, 0) not" + in, value));
    }

    @Property(tries = 500)
    void numericComparisonsAgree(@ForAll("number") long value, @ForAll("numericOp") String op,
            @ForAll("number") long constant)
            throws Exception {
        String c = Long.toString(constant);
        assertThat(matches("f " + op + " " + c, value)).isEqualTo(matches("f + 0 " + op + " " + c, value));
    }

    @Provide
    Arbitrary<Long> number() {
        return Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
    }

    @Provide
    Arbitrary<String> numericOp() {
        return Arbitraries.of("==", "!=", "<", "<=", ">", ">=");
    }
}
