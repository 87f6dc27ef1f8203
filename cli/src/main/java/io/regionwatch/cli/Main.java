package io.regionwatch.cli;

import io.regionwatch.cli.kafka.KafkaCommand;
import io.regionwatch.cli.report.ReportCommand;
import io.regionwatch.cli.simulate.SimulateCommand;
import io.regionwatch.cli.watch.WatchCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: parses the command line, runs one command, exits with a sysexits code. */
@Command(name = "regionwatch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Detects resource creation in unused cloud regions (MITRE ATT&CK T1535) in AWS CloudTrail, "
                + "Azure Activity and GCP audit logs, with Elastic EQL rules.",
        subcommands = {ScanCommand.class, NormalizeCommand.class, QueryCommand.class, SimulateCommand.class,
                RulesCommand.class, TuneCommand.class, ReportCommand.class, WatchCommand.class, KafkaCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs without exiting: returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given terminal streams (tests capture them); returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            ex.getCommandLine().getErr().println("regionwatch: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("regionwatch: internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"regionwatch " + (v == null ? "development" : v)};
        }
    }
}
