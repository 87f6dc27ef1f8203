package io.regionwatch.core.alert;

import java.util.ArrayList;
import java.util.List;

/**
 * The "First steps" of a rule's investigation guide (its Markdown {@code note}), as a list an alert
 * can carry: the analyst sees what to do without opening the rule.
 */
final class FirstSteps {
    private FirstSteps() {
    }

    /** The bullet items under the first heading containing "First steps"; empty when there is none. */
    static List<String> of(String note) {
        List<String> steps = new ArrayList<>();
        if (note == null) {
            return steps;
        }
        boolean inSection = false;
        for (String line : note.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                if (inSection) {
                    break;
                }
                inSection = trimmed.toLowerCase(java.util.Locale.ROOT).contains("first steps");
            } else if (inSection && (trimmed.startsWith("- ") || trimmed.startsWith("* "))) {
                steps.add(trimmed.substring(2).strip());
            } else if (inSection && trimmed.matches("\\d+\\.\\s.*")) {
                steps.add(trimmed.replaceFirst("\\d+\\.\\s+", ""));
            }
        }
        return steps;
    }
}
