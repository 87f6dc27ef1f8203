package io.regionwatch.core.rule;

import io.regionwatch.core.engine.Detection;

/** A loaded rule: its metadata and its compiled, ready-to-run detection. */
public record Rule(RuleMetadata metadata, Detection detection) {
}
