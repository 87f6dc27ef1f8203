package io.regionwatch.ingest.normalize;

import java.util.Map;

/** What normalizing one record gave: an ECS document, a reject reason, or a reason to skip it. */
public sealed interface Outcome {
    /** An ECS document of the given {@code event.dataset}. */
    record Normalized(Map<String, Object> document, String dataset) implements Outcome {
    }

    /**
     * A valid record of the given {@code event.dataset} that no rule can look at (its action is
     * outside the reader's {@code ActionInterest}): checked, but not mapped to ECS.
     */
    record PassedOver(String dataset) implements Outcome {
    }

    record Rejected(String reason) implements Outcome {
    }

    record Skipped(String reason) implements Outcome {
    }
}
