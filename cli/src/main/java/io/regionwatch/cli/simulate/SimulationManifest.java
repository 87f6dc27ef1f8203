package io.regionwatch.cli.simulate;

import java.util.List;

/**
 * What one simulation run wrote: every file (relative, '/'-separated, sorted) and every planted
 * record, so tests can assert exactly which alerts must appear and which must not.
 */
public record SimulationManifest(List<String> files, List<PlantedEvent> planted) {

    public SimulationManifest {
        files = List.copyOf(files);
        planted = List.copyOf(planted);
    }

    /** The planted records the seed query must alert on, and no others. */
    public List<PlantedEvent> expectedAlerts() {
        return planted.stream().filter(PlantedEvent::expectAlert).toList();
    }

    /** The planted record of one scenario and action; fails loudly when absent or ambiguous. */
    public PlantedEvent find(String test, String action) {
        List<PlantedEvent> hits = planted.stream()
                .filter(p -> p.test().equals(test) && p.action().equals(action)).toList();
        if (hits.size() != 1) {
            throw new IllegalArgumentException(hits.size() + " planted records for " + test + "/" + action);
        }
        return hits.get(0);
    }
}
