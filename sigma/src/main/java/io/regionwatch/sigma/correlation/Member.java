package io.regionwatch.sigma.correlation;

import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.event.FieldPath;
import java.util.List;

/**
 * One rule a correlation refers to: its detection, and the ECS fields (mapped through that rule's
 * pipeline, aliases resolved) that give the group key and, for value aggregations, the value.
 */
public record Member(String name, Detection detection, List<FieldPath> groupBy, FieldPath valueField) {
    public Member {
        groupBy = List.copyOf(groupBy);
    }
}
