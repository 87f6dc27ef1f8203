package io.regionwatch.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstStepsTest {
    @Test
    void readsTheBulletsUnderFirstStepsJoiningContinuationLines() {
        assertThat(FirstSteps.of(TestAlerts.NOTE)).containsExactly(
                "Identify the caller: `user.name` and `aws.cloudtrail.user_identity.arn`.",
                "Confirm the region is unused: search 90 days of `cloud.region`.");
    }

    @Test
    void noSectionNoSteps() {
        assertThat(FirstSteps.of("## Triage\n- something")).isEmpty();
        assertThat(FirstSteps.of(null)).isEmpty();
    }
}
