package io.regionwatch.sigma;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small CloudTrail rules and ECS events for matcher tests. */
final class TestRules {
    private TestRules() {
    }

    static final String HEADER = "title: test rule\nlogsource:\n  product: aws\n  service: cloudtrail\ndetection:\n";

    /** A rule whose detection block is {@code detection} (indented by the caller with two spaces). */
    static CompiledSigmaRule rule(String detection) throws DiagnosticException {
        return rule(detection, Map.of());
    }

    static CompiledSigmaRule rule(String detection, Map<String, List<String>> placeholders) throws DiagnosticException {
        List<CompiledSigmaRule> rules = Sigma.load(HEADER + detection, "test.yml",
                SigmaOptions.defaults().withPlaceholders(placeholders));
        return rules.get(0);
    }

    /** The diagnostics (as text) that loading the detection produces. */
    static List<String> errors(String detection) {
        try {
            rule(detection);
            return List.of();
        } catch (DiagnosticException e) {
            return e.diagnostics().stream().map(Object::toString).toList();
        }
    }

    /** A CloudTrail ECS event from alternating dotted names and values. */
    static Event event(Object... fieldsAndValues) {
        DocumentBuilder b = new DocumentBuilder().set("event.dataset", "aws.cloudtrail");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            b.set((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return b.build(Origin.UNKNOWN);
    }

    static boolean matches(CompiledSigmaRule rule, Event event) {
        List<List<Event>> hits = new ArrayList<>();
        rule.detection().accept(event, m -> hits.add(m.events()));
        return !hits.isEmpty();
    }

    /** Whether a one-item selection {@code key: value} matches an event with {@code field = actual}. */
    static boolean selects(String key, String yamlValue, String field, Object actual) throws DiagnosticException {
        CompiledSigmaRule r = rule("  selection:\n    " + key + ": " + yamlValue + "\n  condition: selection\n");
        return matches(r, event(field, actual));
    }
}
