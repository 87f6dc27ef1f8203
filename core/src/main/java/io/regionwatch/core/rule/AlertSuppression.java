package io.regionwatch.core.rule;

import java.time.Duration;
import java.util.List;

/**
 * Elastic's {@code alert_suppression}: alerts whose {@code groupBy} values are equal are folded into
 * the first one for {@code duration} (null: for the whole run). With {@code suppressMissing} false
 * ({@code doNotSuppress}), an alert missing any group-by field is never folded.
 */
public record AlertSuppression(List<String> groupBy, Duration duration, boolean suppressMissing) {
    public AlertSuppression {
        groupBy = List.copyOf(groupBy);
        if (groupBy.isEmpty() || groupBy.size() > 3) {
            throw new IllegalArgumentException("alert suppression needs 1 to 3 group_by fields");
        }
    }
}
