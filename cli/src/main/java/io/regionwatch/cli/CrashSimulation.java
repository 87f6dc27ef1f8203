package io.regionwatch.cli;

import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.engine.MatchListener;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Crash-safety tests need a process that dies at a chosen point without a chance to clean up, as
 * under {@code kill -9}. {@code scan --debug-halt-after N} (hidden) halts the JVM when the N-th event
 * reaches the rules: no shutdown hooks, no finally blocks, no commit.
 */
final class CrashSimulation {
    static final int EXIT_CODE = 137;

    private CrashSimulation() {
    }

    static List<Rule> haltAfter(List<Rule> rules, long events) {
        if (events <= 0 || rules.isEmpty()) {
            return rules;
        }
        List<Rule> out = new ArrayList<>(rules);
        Rule first = rules.get(0);
        Detection inner = first.detection();
        long[] seen = {0};
        Detection halting = new Detection() {
            @Override
            public void accept(Event event, MatchListener listener) {
                if (++seen[0] >= events) {
                    Runtime.getRuntime().halt(EXIT_CODE);
                }
                inner.accept(event, listener);
            }

            @Override
            public void finish(MatchListener listener) {
                inner.finish(listener);
            }
        };
        out.set(0, first.withDetection(halting));
        return out;
    }
}
