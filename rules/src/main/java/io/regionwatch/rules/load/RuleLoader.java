package io.regionwatch.rules.load;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.rule.RuleExceptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;

/**
 * Loads rule files (the bundled pack, or files and folders the user names), compiles each with the
 * compiler for its language, and fails only after every rule was read, with every diagnostic.
 */
public final class RuleLoader {
    private static final String PACK = "/io/regionwatch/rules/pack/";
    private final List<QueryCompiler> compilers;
    private final RuleContext context;
    private final List<Diagnostic> warnings = new ArrayList<>();

    public RuleLoader(List<QueryCompiler> compilers, RuleContext context) {
        this.compilers = List.copyOf(compilers);
        this.context = context;
    }

    /** The compilers for every query language regionwatch reads (EQL and KQL). */
    public static List<QueryCompiler> standardCompilers() {
        return List.of(new EqlQueryCompiler(), new KqlQueryCompiler());
    }

    /** A loader with the standard compilers. */
    public static RuleLoader standard(RuleContext context) {
        return new RuleLoader(standardCompilers(), context);
    }

    /** The rules shipped inside regionwatch, listed in the pack's {@code index.txt}. */
    public List<Rule> loadBundled() throws DiagnosticException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (String name : bundledNames()) {
            String text = resource(PACK + name);
            compileInto(rules, "rules/pack/" + name, text, diagnostics);
        }
        return finish(rules, diagnostics);
    }

    /**
     * Rule files named by the user: files, or folders searched recursively for detection-rules TOML
     * ({@code *.toml}) and Sigma ({@code *.yml}, {@code *.yaml}), which run side by side.
     */
    public List<Rule> load(List<Path> paths) throws DiagnosticException, IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        SigmaOptions sigma = SigmaOptions.defaults().withApprovedRegions(context.approvedRegions())
                .withCorrelationLimits(io.regionwatch.sigma.correlation.CorrelationLimits.of(context.limits(), context.limitReport()));
        for (Path file : ruleFiles(paths)) {
            if (isSigma(file)) {
                try {
                    for (Rule rule : Sigma.loadRules(file, sigma)) {
                        rules.add(rule.withExceptions(RuleAssembler.configuredExceptions(rule.metadata().ruleId(), context)));
                    }
                } catch (DiagnosticException e) {
                    diagnostics.addAll(e.diagnostics());
                }
            } else {
                compileInto(rules, file.toString(), Files.readString(file, StandardCharsets.UTF_8), diagnostics);
            }
        }
        return finish(rules, diagnostics);
    }

    private static boolean isSigma(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    /** One rule from its text (a bundled file, a fixture's rule); {@code source} names it in diagnostics. */
    public Rule loadText(String source, String text) throws DiagnosticException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        compileInto(rules, source, text, diagnostics);
        List<Rule> loaded = finish(rules, diagnostics);
        if (loaded.isEmpty()) {
            throw new DiagnosticException(diagnostics.isEmpty()
                    ? List.of(Diagnostic.error(SourceSpan.at(source, 1, 1), "no rule in " + source)) : diagnostics);
        }
        return loaded.get(0);
    }

    /** The fixtures of a bundled rule ({@code fixtures/<name without .toml>.json}), or null if it has none. */
    public static String bundledFixtures(String name) {
        String path = PACK + "fixtures/" + name.replaceAll("\\.toml$", "") + ".json";
        try (InputStream in = RuleLoader.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Warnings seen by the last load (unknown fields and the like); errors are thrown instead. */
    public List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    /** File names in the bundled pack, in index order. */
    public static List<String> bundledNames() {
        return resource(PACK + "index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The text of one bundled rule file. */
    public static String bundledText(String name) {
        return resource(PACK + name);
    }

    private void compileInto(List<Rule> rules, String source, String text, List<Diagnostic> diagnostics) {
        List<Diagnostic> found = new ArrayList<>();
        RuleDefinition definition = TomlRuleReader.read(source, text, found);
        if (definition != null) {
            boolean fieldErrors = found.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
            compile(definition, found).filter(rule -> !fieldErrors).ifPresent(rules::add);
        }
        diagnostics.addAll(found);
    }

    private java.util.Optional<Rule> compile(RuleDefinition definition, List<Diagnostic> found) {
        String language = definition.metadata().language();
        for (QueryCompiler compiler : compilers) {
            if (compiler.handles(language)) {
                try {
                    Detection detection = RuleAssembler.detection(definition, compiler, context);
                    found.addAll(FieldCatalog.standard().check(RuleAssembler.fieldsOf(definition, compiler),
                            definition.metadata().query(), definition.queryStart()));
                    RuleExceptions exceptions = RuleAssembler.exceptions(definition, context);
                    return java.util.Optional.of(new Rule(definition.metadata(), detection, exceptions, definition.suppression(),
                            definition.overrides()));
                } catch (DiagnosticException e) {
                    found.addAll(e.diagnostics());
                    return java.util.Optional.empty();
                }
            }
        }
        found.add(Diagnostic.error(definition.queryStart(), "no compiler for query language '" + language + "'"));
        return java.util.Optional.empty();
    }

    private List<Rule> finish(List<Rule> rules, List<Diagnostic> diagnostics) throws DiagnosticException {
        warnings.clear();
        Map<String, String> seenIds = new HashMap<>();
        for (Rule rule : rules) {
            String previous = seenIds.putIfAbsent(rule.metadata().ruleId(), rule.metadata().source());
            if (previous != null) {
                diagnostics.add(Diagnostic.error(SourceSpan.at(rule.metadata().source(), 1, 1),
                        "rule_id " + rule.metadata().ruleId() + " is also used by " + previous));
            }
        }
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        diagnostics.stream().filter(d -> d.severity() != Diagnostic.Severity.ERROR).forEach(warnings::add);
        if (!errors.isEmpty()) {
            throw new DiagnosticException(diagnostics);
        }
        return rules;
    }

    private static List<Path> ruleFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> (p.toString().endsWith(".toml") || isSigma(p)) && Files.isRegularFile(p)).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such rule file or folder");
            }
        }
        return files;
    }

    private static String resource(String name) {
        try (InputStream in = RuleLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
