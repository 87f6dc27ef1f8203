package io.regionwatch.core.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rule-state bounds: defaults as documented, each settable alone, none below 1; the tally adds up per rule. */
class RuleLimitsTest {
    @Test
    void defaultsAreTheDocumentedValues() {
        RuleLimits d = RuleLimits.defaults();
        assertThat(d.get(StateLimit.SEQUENCE_KEYS)).isEqualTo(100_000);
        assertThat(d.get(StateLimit.CORRELATION_GROUPS)).isEqualTo(100_000);
        assertThat(d.get(StateLimit.CORRELATION_HITS)).isEqualTo(10_000);
        assertThat(d.get(StateLimit.THRESHOLD_GROUPS)).isEqualTo(100_000);
        assertThat(d.get(StateLimit.NEW_TERMS_BASELINE)).isEqualTo(1_000_000);
        assertThat(d.get(StateLimit.NEW_TERMS_COMBINATIONS)).isEqualTo(100);
    }

    @Test
    void withChangesOnlyTheNamedBound() {
        for (StateLimit limit : StateLimit.values()) {
            RuleLimits changed = RuleLimits.defaults().with(limit, 7);
            for (StateLimit other : StateLimit.values()) {
                long expected = other == limit ? 7 : RuleLimits.defaults().get(other);
                assertThat(changed.get(other)).as(limit + " changed, " + other + " read").isEqualTo(expected);
            }
        }
    }

    @Test
    void nonPositiveBoundsAreRefusedByName() {
        assertThatThrownBy(() -> RuleLimits.defaults().with(StateLimit.THRESHOLD_GROUPS, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_threshold_groups");
    }

    @Test
    void tallyAddsUpPerBoundAndRuleAndKeepsTheCap() {
        LimitTally tally = new LimitTally();
        tally.hit(StateLimit.SEQUENCE_KEYS, "b", 10, 1);
        tally.hit(StateLimit.SEQUENCE_KEYS, "b", 10, 2);
        tally.hit(StateLimit.SEQUENCE_KEYS, "a", 10, 5);
        tally.hit(StateLimit.THRESHOLD_GROUPS, "a", 3, 0); // nothing dropped: not a hit
        assertThat(tally.entries()).containsExactly(new LimitTally.Entry(StateLimit.SEQUENCE_KEYS, "a", 10, 5),
                new LimitTally.Entry(StateLimit.SEQUENCE_KEYS, "b", 10, 3));
        assertThat(tally.count(StateLimit.THRESHOLD_GROUPS, "a")).isZero();
        assertThat(tally.entries().get(1).describe("b")).isEqualTo("eql sequence keys evicted 3 (rule b, cap 10, max_sequence_keys)");
    }
}
