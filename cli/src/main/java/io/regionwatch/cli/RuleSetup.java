package io.regionwatch.cli;

import io.regionwatch.cli.config.Config;
import io.regionwatch.cli.config.ConfigLoader;
import io.regionwatch.cli.state.SqliteStateStore;
import io.regionwatch.core.state.InMemoryStateStore;
import io.regionwatch.core.state.StateStore;
import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.rules.load.RuleContext;
import io.regionwatch.rules.load.RuleLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose rules and configuration, shared by every command that runs rules. */
public final class RuleSetup {
    public static final String DEFAULT_CONFIG = "regionwatch.yml";

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ./regionwatch.yml if present, else built-in defaults).")
    Path config;

    @Option(names = "--approved-regions", split = ",", paramLabel = "REGION",
            description = "Approved regions for every provider, comma-separated; replaces the configured list.")
    List<String> approvedRegions;

    @Option(names = "--rules", paramLabel = "PATH",
            description = "Rule file or folder to run instead of the bundled pack: detection-rules TOML (*.toml) and Sigma (*.yml); repeat for more.")
    List<Path> rules;

    @Option(names = "--state", paramLabel = "FILE",
            description = "State database for baselines (default: the configuration's, else .regionwatch/state.db).")
    Path state;

    @Option(names = "--no-state", description = "Keep baselines in memory only: nothing is read or written.")
    boolean noState;

    /** Opens the state store this run uses: the embedded database, or memory with --no-state. */
    public StateStore openState(Config loaded) throws IOException {
        if (noState) {
            return new InMemoryStateStore();
        }
        return SqliteStateStore.open(state != null ? state : loaded.statePath());
    }

    public Config loadConfig() throws IOException, DiagnosticException {
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

    public List<Rule> loadRules(Config loaded, PrintWriter err, StateStore store) throws IOException, DiagnosticException {
        return loadRules(loaded, err, store, io.regionwatch.core.limit.LimitReport.NONE);
    }

    /** As above, with the configured bounds on rule state, each state drop counted in {@code limitReport}. */
    public List<Rule> loadRules(Config loaded, PrintWriter err, StateStore store, io.regionwatch.core.limit.LimitReport limitReport)
            throws IOException, DiagnosticException {
        RuleContext context = new RuleContext(loaded.approvedRegions(), loaded.exceptionLists(), loaded.valueLists(), store,
                true, loaded.ruleLimits(), limitReport);
        RuleLoader loader = RuleLoader.standard(context);
        List<Rule> loadedRules = rules == null ? loader.loadBundled() : loader.load(rules);
        for (Diagnostic warning : loader.warnings()) {
            err.println(warning);
        }
        return loadedRules;
    }
}
