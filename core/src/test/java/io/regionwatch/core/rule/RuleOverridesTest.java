package io.regionwatch.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleOverridesTest {
    private static Event event(String action, Object risk) {
        return new DocumentBuilder().set("event.action", action).set("event.risk_score", risk).set("tags", List.of("a", "b"))
                .build(Origin.UNKNOWN);
    }

    @Test
    void highestMatchingSeverityWinsWhateverTheOrderWritten() {
        RuleOverrides o = new RuleOverrides(List.of(new RuleOverrides.SeverityEntry("event.action", "StopLogging", Severity.CRITICAL),
                new RuleOverrides.SeverityEntry("tags", "b", Severity.HIGH), new RuleOverrides.SeverityEntry("tags", "a", Severity.LOW)), null);
        assertThat(o.severityFor(event("StopLogging", null))).isEqualTo(Severity.CRITICAL);
        assertThat(o.severityFor(event("Other", null))).isEqualTo(Severity.HIGH);
        assertThat(new RuleOverrides(List.of(new RuleOverrides.SeverityEntry("event.action", "X", Severity.HIGH)), null)
                .severityFor(event("Y", null))).isNull();
    }

    @Test
    void riskScoreComesFromANumericFieldInRange() {
        RuleOverrides o = new RuleOverrides(List.of(), "event.risk_score");
        assertThat(o.riskScoreFor(event("a", 88L))).isEqualTo(88);
        assertThat(o.riskScoreFor(event("a", "12.6"))).isEqualTo(13);
        assertThat(o.riskScoreFor(event("a", 150L))).isNull();
        assertThat(o.riskScoreFor(event("a", "high"))).isNull();
        assertThat(o.riskScoreFor(event("a", null))).isNull();
    }
}
