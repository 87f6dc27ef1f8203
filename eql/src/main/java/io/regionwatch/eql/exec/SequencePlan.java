package io.regionwatch.eql.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence after {@code runs} expansion, split into positive stages and missing-event stages:
 * {@code missingBefore[p]} lists the missing stages between positive {@code p-1} and {@code p}
 * (for p = 0, before the first), {@code missingAfter} those after the last positive.
 */
public record SequencePlan(List<StagePlan> positives, List<StagePlan> missing, int[][] missingBefore,
        int[] missingAfter, StagePlan until, long maxspanNanos) {

    /** Builds the plan from the stages in written order. */
    public static SequencePlan of(List<StagePlan> stages, StagePlan until, long maxspanNanos) {
        List<StagePlan> positives = new ArrayList<>();
        List<StagePlan> missing = new ArrayList<>();
        List<int[]> before = new ArrayList<>();
        List<Integer> waiting = new ArrayList<>();
        for (StagePlan stage : stages) {
            if (stage.missing()) {
                waiting.add(missing.size());
                missing.add(stage);
            } else {
                before.add(waiting.stream().mapToInt(Integer::intValue).toArray());
                waiting.clear();
                positives.add(stage);
            }
        }
        return new SequencePlan(positives, missing, before.toArray(new int[0][]),
                waiting.stream().mapToInt(Integer::intValue).toArray(), until, maxspanNanos);
    }
}
