package io.regionwatch.sigma;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.sigma.load.DocumentReader;
import io.regionwatch.sigma.load.Problems;
import io.regionwatch.sigma.load.YamlReader;
import io.regionwatch.sigma.model.SigmaDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads Sigma rules. {@link #load(Path, SigmaOptions)} is strict (any error anywhere fails the
 * load with every diagnostic); {@link #check(Path, SigmaOptions)} reports document by document.
 */
public final class Sigma {
    private Sigma() {
    }

    /** Every rule of a file or folder, compiled; throws with all diagnostics if any document has an error. */
    public static List<CompiledSigmaRule> load(Path path, SigmaOptions options) throws IOException, DiagnosticException {
        return strict(check(path, options));
    }

    /** Every rule of one text (one or more YAML documents) named {@code sourceName} in diagnostics. */
    public static List<CompiledSigmaRule> load(String text, String sourceName, SigmaOptions options) throws DiagnosticException {
        return strict(check(text, sourceName, options));
    }

    /** As {@link #load(Path, SigmaOptions)}, as the core rules the detection engine runs. */
    public static List<io.regionwatch.core.rule.Rule> loadRules(Path path, SigmaOptions options)
            throws IOException, DiagnosticException {
        return load(path, options).stream().map(CompiledSigmaRule::toRule).toList();
    }

    private static List<CompiledSigmaRule> strict(LoadReport report) throws DiagnosticException {
        if (report.hasErrors()) {
            throw new DiagnosticException(report.diagnostics().stream()
                    .filter(d -> d.severity() == io.regionwatch.core.diag.Diagnostic.Severity.ERROR).toList());
        }
        return report.rules();
    }

    /** Loads what it can from a file or folder and reports every document's outcome. */
    public static LoadReport check(Path path, SigmaOptions options) throws IOException {
        List<Parsed> parsed = new ArrayList<>();
        for (Path file : SigmaFiles.list(path)) {
            String text;
            try {
                text = SigmaFiles.read(file);
            } catch (IOException e) {
                Problems p = new Problems(file.toString());
                p.error(SourceSpan.at(file.toString(), 1, 1), "cannot read rule file: " + e.getMessage());
                parsed.add(new Parsed(null, p));
                continue;
            }
            parsed.addAll(parseEach(text, file.toString()));
        }
        return new RuleSetCompiler(options).compile(parsed);
    }

    /** Loads what it can from one text and reports every document's outcome. */
    public static LoadReport check(String text, String sourceName, SigmaOptions options) {
        return new RuleSetCompiler(options).compile(parseEach(text, sourceName));
    }

    /** The typed documents of one text, without compiling; throws with every error found. */
    public static List<SigmaDocument> parse(String text, String sourceName) throws DiagnosticException {
        List<SigmaDocument> out = new ArrayList<>();
        List<io.regionwatch.core.diag.Diagnostic> errors = new ArrayList<>();
        for (Parsed p : parseEach(text, sourceName)) {
            errors.addAll(p.problems().list().stream()
                    .filter(d -> d.severity() == io.regionwatch.core.diag.Diagnostic.Severity.ERROR).toList());
            if (p.document() != null) {
                out.add(p.document());
            }
        }
        if (!errors.isEmpty()) {
            throw new DiagnosticException(errors);
        }
        return out;
    }

    /** One document with the problems found in it (each document gets its own, so one bad rule spares the rest). */
    record Parsed(SigmaDocument document, Problems problems) {
    }

    static List<Parsed> parseEach(String text, String sourceName) {
        Problems fileProblems = new Problems(sourceName);
        List<Node> nodes = YamlReader.readAll(text, fileProblems);
        List<Parsed> out = new ArrayList<>();
        for (Node node : nodes) {
            Problems problems = new Problems(sourceName);
            SigmaDocument doc = new DocumentReader(problems).read(node);
            // The document is kept despite errors so compilation can report its problems too.
            out.add(new Parsed(doc, problems));
        }
        if (fileProblems.hasErrors() || nodes.isEmpty()) {
            if (nodes.isEmpty() && !fileProblems.hasErrors()) {
                fileProblems.error(SourceSpan.at(sourceName, 1, 1), "no YAML document in file");
            }
            out.add(new Parsed(null, fileProblems));
        }
        return out;
    }
}
