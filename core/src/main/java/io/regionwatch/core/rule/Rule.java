package io.regionwatch.core.rule;

import io.regionwatch.core.engine.Detection;
import java.util.Objects;

/**
 * A loaded rule: its metadata, its compiled detection, the exceptions that stop it from alerting
 * on an event, and how repeated alerts are suppressed.
 */
public record Rule(RuleMetadata metadata, Detection detection, RuleExceptions exceptions, AlertSuppression suppression) {
    public Rule {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(exceptions, "exceptions");
    }

    public Rule(RuleMetadata metadata, Detection detection) {
        this(metadata, detection, RuleExceptions.NONE, null);
    }

    public Rule withExceptions(RuleExceptions more) {
        return new Rule(metadata, detection, more, suppression);
    }
}
