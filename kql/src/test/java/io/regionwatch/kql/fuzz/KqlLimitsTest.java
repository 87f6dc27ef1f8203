package io.regionwatch.kql.fuzz;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.kql.Kql;
import io.regionwatch.kql.KqlOptions;
import org.junit.jupiter.api.Test;

/** Hostile KQL shapes end in diagnostics, never in a stack overflow. */
class KqlLimitsTest {
    @Test
    void deepParenthesesAreADiagnostic() {
        String q = "(".repeat(50_000) + "a:1" + ")".repeat(50_000);
        assertThatThrownBy(() -> Kql.parse(q, "deep")).isInstanceOf(DiagnosticException.class).hasMessageContaining("nesting");
    }

    @Test
    void deepNotIsADiagnostic() {
        String q = "not ".repeat(50_000) + "a:1";
        assertThatThrownBy(() -> Kql.parse(q, "deep")).isInstanceOf(DiagnosticException.class);
    }

    @Test
    void longOrChainsCompileOrReport() {
        String q = "a:1" + " or a:2".repeat(50_000);
        try {
            Kql.parse(q, "long").compile(KqlOptions.defaults());
        } catch (DiagnosticException expected) {
            // a diagnostic is fine; a stack overflow is not
        }
    }

    @Test
    void deepNestedFieldQueriesAreADiagnostic() {
        String q = "a:{".repeat(50_000) + "b:1" + "}".repeat(50_000);
        assertThatThrownBy(() -> Kql.parse(q, "deep")).isInstanceOf(DiagnosticException.class);
    }
}
