package io.regionwatch.cli.rules;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.rules.export.SigmaExport;
import io.regionwatch.rules.export.SigmaExporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code regionwatch rules export RULE --to sigma}: a regionwatch rule as Sigma YAML. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a rule (bundled: file name, rule_id or name; or a TOML file) as Sigma YAML.",
            "A rule over several clouds becomes one document per log source; sequences and thresholds add correlation rules."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE", description = "Bundled rule file name, rule_id or name, or a TOML rule file.")
    String rule;

    @Option(names = "--to", defaultValue = "sigma", paramLabel = "FORMAT", description = "Export format: sigma (the only one).")
    String to;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the YAML here instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!"sigma".equals(to)) {
            err.println("regionwatch: rules export supports --to sigma only; use rules convert for query languages");
            return Exits.USAGE;
        }
        try {
            RuleRef ref = RuleRef.resolve(rule);
            if (ref.sigma()) {
                err.println("regionwatch: " + ref.source() + " is already Sigma");
                return Exits.USAGE;
            }
            SigmaExport export = new SigmaExporter().export(ref.source(), ref.text());
            if (out == null) {
                spec.commandLine().getOut().print(export.yaml());
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(out, export.yaml(), StandardCharsets.UTF_8);
            }
            export.notes().forEach(n -> err.println("note: " + n));
            err.flush();
            return Exits.OK;
        } catch (DiagnosticException e) {
            return Exits.diagnostics(err, e);
        } catch (IOException e) {
            return Exits.io(err, e);
        }
    }
}
