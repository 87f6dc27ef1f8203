package io.regionwatch.cli.sink;

import java.util.ArrayList;
import java.util.List;

/** The "#### First steps" section of a rule's investigation guide, as a list of steps. */
public final class FirstSteps {
    private static final String HEADING = "#### first steps";

    private FirstSteps() {
    }

    /** The bullet points under the First steps heading, without their markers; empty when there are none. */
    public static List<String> of(String note) {
        List<String> steps = new ArrayList<>();
        if (note == null) {
            return steps;
        }
        boolean inSection = false;
        for (String line : note.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                inSection = trimmed.toLowerCase(java.util.Locale.ROOT).equals(HEADING);
            } else if (inSection && (trimmed.startsWith("- ") || trimmed.startsWith("* "))) {
                steps.add(trimmed.substring(2).strip());
            } else if (inSection && !trimmed.isEmpty() && !steps.isEmpty()) {
                steps.set(steps.size() - 1, steps.get(steps.size() - 1) + " " + trimmed);
            }
        }
        return steps;
    }
}
