package io.regionwatch.eql.fuzz;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.eql.Eql;
import io.regionwatch.eql.EqlOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile query shapes end in diagnostics, never in a stack overflow or a hang. */
class EqlLimitsTest {
    @Test
    void deeplyNestedParenthesesAreADiagnostic() {
        String q = "any where " + "(".repeat(50_000) + "true" + ")".repeat(50_000);
        assertThatThrownBy(() -> Eql.parse(q, "deep")).isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("deeper than 500 levels");
    }

    @Test
    void deeplyNestedNotIsADiagnostic() {
        String q = "any where " + "not ".repeat(50_000) + "true";
        assertThatThrownBy(() -> Eql.parse(q, "deep")).isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("deeper than 500 levels");
    }

    @Test
    void deeplyNestedFunctionCallsAreADiagnostic() {
        String q = "any where " + "length(".repeat(50_000) + "a" + ")".repeat(50_000) + " > 1";
        assertThatThrownBy(() -> Eql.parse(q, "deep")).isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("deeper than 500 levels");
    }

    @Test
    void longOrChainsAreADiagnostic() {
        String q = "any where " + "a == 1 or ".repeat(50_000) + "true";
        assertThatThrownBy(() -> Eql.parse(q, "long")).isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("deeper than 500 levels");
    }

    @Test
    void longArithmeticChainsAreADiagnostic() {
        String q = "any where " + "a + ".repeat(50_000) + "1 > 2";
        assertThatThrownBy(() -> Eql.parse(q, "long")).isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("deeper than 500 levels");
    }

    @Test
    void methodCallChainsAreADiagnostic() {
        String q = "any where a" + ":length()".repeat(50_000) + " > 1";
        assertThatThrownBy(() -> Eql.parse(q, "long")).isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("deeper than 500 levels");
    }

    @Test
    void realisticChainsStillParseAndRun() throws DiagnosticException {
        String q = "any where " + "a == 1 or ".repeat(300) + "(" + "not ".repeat(50) + "b : \"x\")";
        Eql.parse(q, "ok").compile(EqlOptions.defaults()).execute(List.of(
                new Event(Map.of("a", 2L, "b", "y"), Origin.UNKNOWN)));
    }
}
