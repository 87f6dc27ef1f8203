package io.regionwatch.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstStepsTest {
    @Test
    void takesTheBulletsOfTheFirstStepsSectionOnly() {
        String note = """
                ## Triage and analysis
                - not this one
                #### First steps
                - Identify the caller.
                * Check the region.
                3. Pivot on the principal.
                #### Response
                - not this either
                """;
        assertThat(FirstSteps.of(note)).containsExactly("Identify the caller.", "Check the region.", "Pivot on the principal.");
        assertThat(FirstSteps.of(null)).isEmpty();
        assertThat(FirstSteps.of("## Triage\n- a\n")).isEmpty();
    }
}
