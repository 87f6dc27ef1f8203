package io.regionwatch.rules.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.Event;
import io.regionwatch.eql.Eql;
import io.regionwatch.eql.EqlOptions;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.Reject;
import io.regionwatch.sigma.LoadReport;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.convert.EqlConverter;
import io.regionwatch.sigma.model.SigmaRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every SigmaHQ cloud rule that loads, converted to EQL and run by regionwatch's EQL engine, matches
 * exactly the events the Sigma rule matches when run natively, over the public CloudTrail samples
 * (Stratus Red Team, Suzaku) and Elastic's Azure and GCP pipeline test logs.
 */
class SigmaHqEqlRoundTripTest {
    @Test
    void eqlConversionMatchesNativeSigma() throws Exception {
        String root = System.getProperty("regionwatch.shared");
        Path shared = root == null || root.isBlank() ? null : Path.of(root, "data/public");
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("sigma")),
                "regionwatch.shared not set or its data/public/sigma folder is absent; skipping the SigmaHQ round trip");
        List<Event> events = events(shared);
        LoadReport report = Sigma.check(shared.resolve("sigma"), SigmaOptions.defaults());
        EqlConverter converter = new EqlConverter(SigmaOptions.defaults());
        int compared = 0;
        int withMatches = 0;
        int matches = 0;
        int noEql = 0;
        for (LoadReport.Outcome o : report.outcomes()) {
            if (o.rule() == null || !(o.document() instanceof SigmaRule rule)) {
                continue;
            }
            String eql;
            try {
                eql = converter.convert(rule, o.source());
            } catch (DiagnosticException e) {
                noEql++;
                continue;
            }
            TreeSet<Integer> viaEql = ExportRoundTripTest.run(Eql.parse(eql, o.source()).compile(EqlOptions.defaults()), events);
            TreeSet<Integer> nativeSigma = ExportRoundTripTest.run(o.rule().detection(), events);
            assertThat(viaEql).as(o.source() + "\n" + eql).isEqualTo(nativeSigma);
            compared++;
            withMatches += nativeSigma.isEmpty() ? 0 : 1;
            matches += nativeSigma.size();
        }
        System.out.printf("SigmaHQ round trip over %d events: %d rules compared (%d with matches, %d matched events), "
                + "%d without an EQL form, all equal%n", events.size(), compared, withMatches, matches, noEql);
        assertThat(compared).isGreaterThan(90);
        assertThat(withMatches).isGreaterThan(0);
    }

    private static List<Event> events(Path shared) throws Exception {
        List<String> files = new ArrayList<>();
        for (String dir : List.of("stratus-red-team", "suzaku-sample-data", "elastic-integrations")) {
            try (Stream<Path> walk = Files.walk(shared.resolve(dir))) {
                walk.filter(Files::isRegularFile).map(Path::toString)
                        .filter(p -> (p.endsWith(".json") || p.endsWith(".log") || p.endsWith(".gz")) && !p.endsWith("-expected.json"))
                        .sorted().forEach(files::add);
            }
        }
        List<Event> events = new ArrayList<>();
        new Ingestor(IngestOptions.defaults()).ingest(files, new IngestListener() {
            @Override
            public void onEvent(Event e) {
                events.add(e);
            }

            @Override
            public void onReject(Reject r) {
                // samples include shapes regionwatch rejects on purpose; they are not part of the comparison
            }
        });
        return events;
    }
}
