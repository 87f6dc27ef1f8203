package io.regionwatch.cli;

import io.regionwatch.cli.config.Config;
import io.regionwatch.cli.fixtures.FixtureResult;
import io.regionwatch.cli.fixtures.RuleFixtures;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.state.InMemoryStateStore;
import io.regionwatch.core.rule.RuleMetadata;
import io.regionwatch.core.rule.Threat;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code regionwatch rules list|validate}: what the rule pack holds, and whether rule files load. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List or validate rules.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Validate.class, RulesCommand.TestFixtures.class, io.regionwatch.cli.rules.ExportCommand.class, io.regionwatch.cli.rules.ConvertCommand.class})
final class RulesCommand {
    /** Lists the rules that would run. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rules (bundled, or --rules).")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RuleSetup setup = new RuleSetup();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                Config config = setup.loadConfig();
                for (Rule rule : setup.loadRules(config, err, new InMemoryStateStore())) {
                    RuleMetadata m = rule.metadata();
                    out.printf(Locale.ROOT, "%s  %-8s %3d  %-9s %-17s %s%n", m.ruleId(), m.severity().label(), m.riskScore(),
                            m.type(), techniques(m.threat()), m.name());
                }
                out.flush();
                return ExitCodes.OK;
            } catch (DiagnosticException e) {
                return Failures.diagnostics(err, e);
            } catch (IOException e) {
                return Failures.io(err, e);
            }
        }

        private static String techniques(List<Threat> threats) {
            return threats.stream().flatMap(t -> t.techniques().stream()).map(t -> t.entry().id()).distinct()
                    .collect(Collectors.joining(","));
        }
    }

    /** Loads and compiles the rules, printing every diagnostic; exit 65 when any is an error. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Load and compile rules, reporting every problem with file:line:column.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RuleSetup setup = new RuleSetup();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                Config config = setup.loadConfig();
                List<Rule> rules = setup.loadRules(config, err, new InMemoryStateStore());
                spec.commandLine().getOut().printf(Locale.ROOT, "%d rules valid%n", rules.size());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            } catch (DiagnosticException e) {
                return Failures.diagnostics(err, e);
            } catch (IOException e) {
                return Failures.io(err, e);
            }
        }
    }

    /** Runs every bundled rule's fixtures through the whole pipeline. */
    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run each bundled rule's fixture logs (positive and negative cases) and check the alerts.")
    static final class TestFixtures implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<FixtureResult> results = new RuleFixtures(java.time.Clock.systemUTC()).runBundled();
            long failed = 0;
            for (FixtureResult r : results) {
                out.printf(Locale.ROOT, "%s  %s: %s%n", r.passed() ? "pass" : "FAIL", r.rule().replace(".toml", ""), r.caseName());
                if (!r.passed()) {
                    failed++;
                    out.printf(Locale.ROOT, "      %s%n", r.failure());
                }
            }
            out.printf(Locale.ROOT, "%d passed, %d failed%n", results.size() - failed, failed);
            out.flush();
            return failed == 0 ? ExitCodes.OK : ExitCodes.DATA_ERROR;
        }
    }
}
