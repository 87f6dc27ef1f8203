package io.regionwatch.cli;

import io.regionwatch.cli.config.Config;
import io.regionwatch.cli.config.ConfigLoader;
import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.rules.load.EqlQueryCompiler;
import io.regionwatch.rules.load.RuleContext;
import io.regionwatch.rules.load.RuleLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose rules and configuration, shared by every command that runs rules. */
final class RuleSetup {
    static final String DEFAULT_CONFIG = "regionwatch.yml";

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ./regionwatch.yml if present, else built-in defaults).")
    Path config;

    @Option(names = "--approved-regions", split = ",", paramLabel = "REGION",
            description = "Approved regions for every provider, comma-separated; replaces the configured list.")
    List<String> approvedRegions;

    @Option(names = "--rules", paramLabel = "PATH",
            description = "Rule files or folders (*.toml) to run instead of the bundled rule pack.")
    List<Path> rules;

    Config loadConfig() throws IOException, DiagnosticException {
        Config loaded;
        if (config != null) {
            loaded = ConfigLoader.load(config);
        } else if (Files.isRegularFile(Path.of(DEFAULT_CONFIG))) {
            loaded = ConfigLoader.load(Path.of(DEFAULT_CONFIG));
        } else {
            loaded = Config.defaults();
        }
        if (approvedRegions != null) {
            loaded = loaded.withApprovedRegions(ApprovedRegions.of(approvedRegions.stream().map(String::strip).toList()),
                    "--approved-regions");
        }
        return loaded;
    }

    List<Rule> loadRules(Config loaded, PrintWriter err) throws IOException, DiagnosticException {
        RuleLoader loader = new RuleLoader(List.of(new EqlQueryCompiler()), new RuleContext(loaded.approvedRegions()));
        List<Rule> loadedRules = rules == null ? loader.loadBundled() : loader.load(rules);
        for (Diagnostic warning : loader.warnings()) {
            err.println(warning);
        }
        return loadedRules;
    }
}
