package io.regionwatch.cli.rules;

import io.regionwatch.cli.config.Config;
import io.regionwatch.cli.config.ConfigLoader;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.rules.export.SigmaExporter;
import io.regionwatch.rules.load.RuleDefinition;
import io.regionwatch.rules.load.TomlRuleReader;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.convert.Targets;
import io.regionwatch.sigma.model.SigmaCorrelation;
import io.regionwatch.sigma.model.SigmaDocument;
import io.regionwatch.sigma.model.SigmaRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code regionwatch rules convert RULE --to splunk|kql|esql|eql|lucene}: a Sigma file, or a
 * regionwatch rule by way of its Sigma export, as queries of another platform: one query per
 * detection rule, counting, metric and temporal correlations as aggregations where the target has
 * them (Splunk, Sentinel, ES|QL), temporal_ordered ones as EQL sequences. An EQL rule converted
 * to EQL is its own query, the only exact translation.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a Sigma file or a regionwatch rule to Splunk SPL, Sentinel KQL, ES|QL, EQL or Lucene.",
            "Placeholders such as %%ApprovedRegions_aws%% take the configured approved regions."})
public final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE", description = "A Sigma .yml file, a TOML rule file, or a bundled rule's file name, rule_id or name.")
    String rule;

    @Option(names = "--to", required = true, paramLabel = "TARGET", description = "splunk, kql (Microsoft Sentinel), esql, eql or lucene.")
    String to;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file with approved_regions (default: ./regionwatch.yml if present).")
    Path config;

    @Option(names = "--approved-regions", split = ",", paramLabel = "REGION", description = "Approved regions for every provider.")
    List<String> approvedRegions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!Targets.NAMES.contains(to)) {
            err.println("regionwatch: unknown target '" + to + "'; use one of " + String.join(", ", Targets.NAMES));
            return Exits.USAGE;
        }
        try {
            RuleRef ref = RuleRef.resolve(rule);
            SigmaOptions options = SigmaOptions.defaults().withApprovedRegions(regions());
            if (!ref.sigma() && "eql".equals(to)) {
                RuleDefinition def = TomlRuleReader.read(ref.source(), ref.text(), new ArrayList<>());
                if (def != null && "eql".equals(def.metadata().language())) {
                    out.println(def.metadata().query().strip());
                    out.flush();
                    return Exits.OK;
                }
            }
            String yaml = ref.sigma() ? ref.text() : new SigmaExporter(regions()).export(ref.source(), ref.text()).yaml();
            // positions in an export point into the exported YAML, not the TOML file
            List<SigmaDocument> docs = Sigma.parse(yaml, ref.sigma() ? ref.source() : ref.source() + " (exported Sigma)");
            return print(docs, ref.source(), options, out, err) ? Exits.OK : Exits.DATA_ERROR;
        } catch (DiagnosticException e) {
            return Exits.diagnostics(err, e);
        } catch (IOException e) {
            return Exits.io(err, e);
        }
    }

    /** Prints every convertible rule and correlation; false when some could not be converted (each reported). */
    private boolean print(List<SigmaDocument> docs, String source, SigmaOptions options, PrintWriter out, PrintWriter err) {
        boolean several = docs.size() > 1;
        boolean ok = true;
        for (SigmaDocument doc : docs) {
            String title = doc instanceof SigmaRule r ? r.meta().title() + " (" + r.logSource() + ")" : ((SigmaCorrelation) doc).meta().title();
            try {
                String query = doc instanceof SigmaRule r ? Targets.convert(to, r, source, options)
                        : correlation((SigmaCorrelation) doc, docs, source, options);
                out.println(several ? "# " + title + "\n" + query + "\n" : query);
            } catch (DiagnosticException e) {
                err.println("regionwatch: '" + title + "' not converted:");
                Exits.diagnostics(err, e);
                ok = false;
            }
        }
        out.flush();
        err.flush();
        return ok;
    }

    private String correlation(SigmaCorrelation c, List<SigmaDocument> docs, String source, SigmaOptions options)
            throws DiagnosticException {
        List<SigmaRule> bases = new ArrayList<>();
        for (String ref : c.rules()) {
            docs.stream().filter(d -> d instanceof SigmaRule r && (ref.equals(r.meta().name()) || ref.equals(r.meta().id())))
                    .findFirst().ifPresent(d -> bases.add((SigmaRule) d));
        }
        if (bases.size() != c.rules().size()) {
            throw DiagnosticException.of(c.span(), "a correlation is converted only with the rules it names in the same file");
        }
        return Targets.convertCorrelation(to, c, bases, source, options);
    }

    private ApprovedRegions regions() throws IOException, DiagnosticException {
        if (approvedRegions != null) {
            return perProvider(ApprovedRegions.of(approvedRegions.stream().map(String::strip).toList()));
        }
        Path file = config != null ? config : Path.of("regionwatch.yml");
        Config loaded = config != null || Files.isRegularFile(file) ? ConfigLoader.load(file) : Config.defaults();
        return perProvider(loaded.approvedRegions());
    }

    /** A flat list (for every provider) also fills the per-provider placeholders the exports use. */
    static ApprovedRegions perProvider(ApprovedRegions regions) {
        java.util.Set<String> flat = regions.byProvider().get("*");
        if (flat == null) {
            return regions;
        }
        java.util.Map<String, java.util.Set<String>> all = new java.util.LinkedHashMap<>(regions.byProvider());
        for (String provider : List.of("aws", "azure", "gcp")) {
            all.putIfAbsent(provider, flat);
        }
        return new ApprovedRegions(all);
    }
}
