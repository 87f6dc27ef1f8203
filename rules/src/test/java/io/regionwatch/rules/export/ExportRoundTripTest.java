package io.regionwatch.rules.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.core.state.InMemoryStateStore;
import io.regionwatch.kql.Kql;
import io.regionwatch.kql.KqlOptions;
import io.regionwatch.rules.load.RuleContext;
import io.regionwatch.rules.load.RuleLoader;
import io.regionwatch.sigma.LoadReport;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every bundled rule exported to Sigma, loaded by the sigma module and run on the rule's own
 * fixture events, matches the same events as the rule itself. new_terms rules are compared with
 * their base query, which is what their export says it is.
 */
class ExportRoundTripTest {
    @Test
    void exportedRulesMatchWhatTheOriginalsMatch() throws Exception {
        int cases = 0;
        int matched = 0;
        for (String name : RuleLoader.bundledNames()) {
            String text = RuleLoader.bundledText(name);
            SigmaExport export = new SigmaExporter().export(name, text);
            for (FixtureEvents c : FixtureEvents.read(RuleLoader.bundledFixtures(name))) {
                TreeSet<Integer> original = originalMatches(name, text, c);
                TreeSet<Integer> sigma = new TreeSet<>();
                for (Detection d : sigma(export, c.regions())) {
                    sigma.addAll(run(d, c.events()));
                }
                assertThat(sigma).as(name + ": " + c.name() + "\n" + export.yaml()).isEqualTo(original);
                cases++;
                matched += original.size();
            }
        }
        System.out.printf("export round trip: %d rules, %d fixture cases, %d matched events, all equal%n",
                RuleLoader.bundledNames().size(), cases, matched);
        assertThat(cases).isGreaterThan(20);
    }

    /** The events the TOML rule itself matches in a fixture case (new_terms: its base query). */
    static TreeSet<Integer> originalMatches(String name, String text, FixtureEvents c) throws Exception {
        return run(original(name, text, c.regions()), c.events());
    }

    private static Detection original(String name, String text, ApprovedRegions regions) throws Exception {
        RuleContext context = new RuleContext(regions, List.of(), Map.of(), new InMemoryStateStore(), true);
        var rule = RuleLoader.standard(context).loadText(name, text);
        if (!"new_terms".equals(rule.metadata().type())) {
            return rule.detection();
        }
        return Kql.parse(rule.metadata().query(), name).detection(KqlOptions.defaults());
    }

    /** The alerting Sigma rules; a document may fail only for a placeholder this configuration lacks. */
    static List<Detection> sigma(SigmaExport export, ApprovedRegions regions) {
        LoadReport report = Sigma.check(export.yaml(), export.ruleName() + ".yml", SigmaOptions.defaults().withApprovedRegions(regions));
        for (Diagnostic d : report.diagnostics()) {
            if (d.severity() == Diagnostic.Severity.ERROR) {
                assertThat(d.message()).as(export.yaml()).contains("placeholder");
            }
        }
        List<Detection> out = new ArrayList<>();
        report.rules().forEach(r -> out.add(r.detection()));
        return out;
    }

    /**
     * Indexes of the events that took part in any match. An order-sensitive detection gets what the
     * engine would give it: its candidates, in its time order.
     */
    static TreeSet<Integer> run(Detection d, List<Event> events) {
        TreeSet<Integer> hit = new TreeSet<>();
        List<Event> input = events;
        Detection.TimeOrder order = d.timeOrder();
        if (order != null) {
            input = new ArrayList<>(events.stream().filter(order.candidates()::matches).toList());
            input.sort(order.time().order());
        }
        for (Event e : input) {
            d.accept(e, m -> m.events().forEach(x -> hit.add(indexOf(events, x))));
        }
        d.finish(m -> m.events().forEach(x -> hit.add(indexOf(events, x))));
        return hit;
    }

    private static int indexOf(List<Event> events, Event e) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == e) {
                return i;
            }
        }
        return -1;
    }
}
