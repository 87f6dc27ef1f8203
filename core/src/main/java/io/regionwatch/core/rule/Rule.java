package io.regionwatch.core.rule;

import io.regionwatch.core.engine.Detection;
import java.util.Objects;

/**
 * A loaded rule: its metadata, its compiled detection, the exceptions that stop it from alerting
 * on an event, how repeated alerts are suppressed, and its severity and risk-score overrides.
 */
public record Rule(RuleMetadata metadata, Detection detection, RuleExceptions exceptions, AlertSuppression suppression,
        RuleOverrides overrides) {
    public Rule {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(exceptions, "exceptions");
        Objects.requireNonNull(overrides, "overrides");
    }

    public Rule(RuleMetadata metadata, Detection detection, RuleExceptions exceptions, AlertSuppression suppression) {
        this(metadata, detection, exceptions, suppression, RuleOverrides.NONE);
    }

    public Rule(RuleMetadata metadata, Detection detection) {
        this(metadata, detection, RuleExceptions.NONE, null);
    }

    public Rule withExceptions(RuleExceptions more) {
        return new Rule(metadata, detection, more, suppression, overrides);
    }

    public Rule withDetection(Detection other) {
        return new Rule(metadata, other, exceptions, suppression, overrides);
    }
}
