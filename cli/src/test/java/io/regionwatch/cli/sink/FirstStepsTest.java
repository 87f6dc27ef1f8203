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
    void alertsCarryingTheirFirstStepsAreReadAsIs() {
        java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>(TestAlerts.alert("u1", "alice", "sa-east-1").document());
        doc.put("kibana", java.util.Map.of("alert", java.util.Map.of("investigation",
                java.util.Map.of("first_steps", java.util.List.of("Carried step one.", "Carried step two.")),
                "rule", java.util.Map.of("note", TestAlerts.NOTE))));
        assertThat(AlertView.of(doc).firstSteps()).containsExactly("Carried step one.", "Carried step two.");
        assertThat(AlertView.of(TestAlerts.alert("u1", "alice", "sa-east-1").document()).firstSteps()).hasSize(2);
    }

    @Test
    void noSectionNoSteps() {
        assertThat(FirstSteps.of("## Triage\n- something")).isEmpty();
        assertThat(FirstSteps.of(null)).isEmpty();
    }
}
