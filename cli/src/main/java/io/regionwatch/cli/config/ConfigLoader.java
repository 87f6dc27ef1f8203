package io.regionwatch.cli.config;

import io.regionwatch.cli.redact.Redactor;
import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.core.limit.RuleLimits;
import io.regionwatch.core.limit.StateLimit;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.core.rule.ExceptionEntry;
import io.regionwatch.core.rule.ExceptionItem;
import io.regionwatch.core.rule.ExceptionList;
import io.regionwatch.ingest.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads {@code regionwatch.yml}. The YAML is walked as nodes, not bound to types, so every problem
 * points at its line and column, and nothing in the file can instantiate a class.
 *
 * <pre>
 * approved_regions:
 *   aws: [us-east-1, eu-west-1]
 *   azure: [westeurope]
 *   gcp: [europe-west1]
 * </pre>
 */
public final class ConfigLoader {
    private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]{1,40}");
    private static final int MAX_BYTES = 1 << 20;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final String source;
    private final Path baseDir;

    private ConfigLoader(String source, Path baseDir) {
        this.source = source;
        this.baseDir = baseDir;
    }

    public static Config load(Path file) throws IOException, DiagnosticException {
        if (Files.size(file) > MAX_BYTES) {
            throw DiagnosticException.of(SourceSpan.at(file.toString(), 1, 1), "configuration file is larger than 1 MiB");
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), dir);
    }

    /** Parses configuration text; relative paths in it (value-list files) resolve against {@code baseDir}. */
    public static Config parse(String source, String text, Path baseDir) throws DiagnosticException {
        ConfigLoader loader = new ConfigLoader(source, baseDir);
        Config config = loader.read(text);
        if (loader.diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
            throw new DiagnosticException(loader.diagnostics);
        }
        return config;
    }

    private Config read(String text) {
        Node root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(10).setCodePointLimit(MAX_BYTES).build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            root = composer.getSingleNode().orElse(null);
        } catch (MarkedYamlEngineException e) {
            diagnostics.add(Diagnostic.error(span(e.getProblemMark().orElse(null)), "YAML: " + e.getProblem()));
            return null;
        } catch (YamlEngineException e) {
            // limits without a position: too many aliases (a "billion laughs"), text over the size limit
            diagnostics.add(Diagnostic.error(span((Mark) null), "YAML: " + e.getMessage()));
            return null;
        } catch (StackOverflowError e) {
            // the composer recurses per nesting level; hostile input must not kill the run
            diagnostics.add(Diagnostic.error(span((Mark) null), "YAML nesting too deep"));
            return null;
        }
        if (root == null) {
            return new Config(ApprovedRegions.SEED_DEFAULT, List.of(), Map.of(), Config.DEFAULT_STATE, source, Redactor.none(),
                    Limits.defaults(), RuleLimits.defaults());
        }
        if (!(root instanceof MappingNode mapping)) {
            error(root, "the configuration must be a mapping of settings");
            return null;
        }
        ApprovedRegions regions = ApprovedRegions.SEED_DEFAULT;
        ExceptionsReader exceptions = new ExceptionsReader(this, baseDir);
        List<ExceptionList> lists = List.of();
        Map<String, Set<String>> valueLists = Map.of();
        Path state = Config.DEFAULT_STATE;
        Redactor redaction = Redactor.none();
        Limits limits = Limits.defaults();
        RuleLimits ruleLimits = RuleLimits.defaults();
        Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            Node value = tuple.getValueNode();
            if (!seen.add(String.valueOf(key))) {
                // the composer keeps both; silently letting the last win would hide an edit
                error(tuple.getKeyNode(), "duplicate setting '" + key + "'");
            }
            switch (String.valueOf(key)) {
                case "approved_regions" -> regions = approvedRegions(value);
                case "exceptions" -> lists = exceptions.exceptionLists(value);
                case "value_lists" -> valueLists = exceptions.valueLists(value);
                case "state" -> state = statePath(value);
                case "redact" -> redaction = redaction(value);
                case "limits" -> {
                    limits = limits(value);
                    ruleLimits = ruleLimits(value);
                }
                default -> diagnostics.add(Diagnostic.warning(span(tuple.getKeyNode()), "unknown setting '" + key + "' is ignored"));
            }
        }
        checkListReferences(lists, valueLists, mapping);
        return new Config(regions, lists, valueLists, state, source, redaction, limits, ruleLimits);
    }

    /** {@code redact: {fields: [...], patterns: [...], defaults: true}}; the built-in secrets unless defaults is false. */
    private Redactor redaction(Node node) {
        if (!(node instanceof MappingNode m)) {
            error(node, "redact takes {fields: [...], patterns: [...], defaults: true|false}");
            return Redactor.none();
        }
        Node fields = field(m, "fields");
        Node patterns = field(m, "patterns");
        String defaults = optionalScalar(m, "defaults");
        if (defaults != null && !List.of("true", "false").contains(defaults)) {
            error(field(m, "defaults"), "defaults must be true or false");
        }
        try {
            Redactor own = Redactor.of(fields == null ? List.of() : strings(fields), patterns == null ? List.of() : strings(patterns));
            return "false".equals(defaults) ? own : Redactor.defaults().and(own);
        } catch (IllegalArgumentException e) {
            error(patterns, e.getMessage());
            return Redactor.none();
        }
    }

    /** {@code limits: {max_depth: 64, ...}}: the ingest bounds on untrusted input, each a positive integer. */
    private Limits limits(Node node) {
        Limits limits = Limits.defaults();
        for (NodeTuple tuple : mapping(node, "limits")) {
            String key = scalar(tuple.getKeyNode());
            if (stateLimit(key) != null) {
                continue; // a rule-state bound: ruleLimits reads it
            }
            String text = scalar(tuple.getValueNode());
            long v;
            try {
                v = Long.parseLong(String.valueOf(text).replace("_", ""));
            } catch (NumberFormatException e) {
                error(tuple.getValueNode(), "limits." + key + " must be a whole number, got '" + text + "'");
                continue;
            }
            int i = (int) Math.min(v, Integer.MAX_VALUE);
            try {
                limits = switch (String.valueOf(key)) {
                    case "max_depth" -> limits.withMaxDepth(i);
                    case "max_string_length" -> limits.withMaxStringLength(i);
                    case "max_record_chars" -> limits.withMaxRecordChars(i);
                    case "max_records_per_file" -> limits.withMaxRecordsPerFile(v);
                    case "max_decompressed_bytes" -> limits.withMaxDecompressedBytes(v);
                    case "max_compression_ratio" -> limits.withMaxCompressionRatio(i);
                    default -> throw new IllegalArgumentException("unknown limit '" + key + "' (max_depth, max_string_length,"
                            + " max_record_chars, max_records_per_file, max_decompressed_bytes, max_compression_ratio, "
                            + java.util.Arrays.stream(StateLimit.values()).map(StateLimit::setting)
                                    .collect(java.util.stream.Collectors.joining(", ")) + ")");
                };
            } catch (IllegalArgumentException e) {
                error(tuple.getKeyNode(), e.getMessage().startsWith("unknown") ? e.getMessage() : "limits." + key + " " + text
                        + " is below the smallest allowed value");
            }
        }
        return limits;
    }

    /**
     * The rule-state bounds under {@code limits:} ({@code max_sequence_keys: 100000}, ...), each a
     * positive whole number; anything else (zero, negative, text, over 2^31-1 where the bound is an
     * int) is an error at the value's position. The mapping itself was checked by {@link #limits}.
     */
    private RuleLimits ruleLimits(Node node) {
        RuleLimits limits = RuleLimits.defaults();
        if (!(node instanceof MappingNode m)) {
            return limits;
        }
        for (NodeTuple tuple : m.getValue()) {
            StateLimit limit = tuple.getKeyNode() instanceof ScalarNode k ? stateLimit(k.getValue()) : null;
            if (limit == null) {
                continue;
            }
            String text = scalar(tuple.getValueNode());
            long v;
            try {
                v = Long.parseLong(String.valueOf(text).replace("_", ""));
            } catch (NumberFormatException e) {
                error(tuple.getValueNode(), "limits." + limit.setting() + " must be a whole number, got '" + text + "'");
                continue;
            }
            long most = limit == StateLimit.NEW_TERMS_BASELINE ? Long.MAX_VALUE : Integer.MAX_VALUE;
            if (v < 1 || v > most) {
                error(tuple.getValueNode(), "limits." + limit.setting() + " must be between 1 and " + most + ", got " + text);
                continue;
            }
            limits = limits.with(limit, v);
        }
        return limits;
    }

    private static StateLimit stateLimit(String key) {
        for (StateLimit limit : StateLimit.values()) {
            if (limit.setting().equals(key)) {
                return limit;
            }
        }
        return null;
    }

    private Path statePath(Node node) {
        String path = node instanceof MappingNode m ? optionalScalar(m, "path") : null;
        if (path == null) {
            error(node, "state takes {path: FILE}");
            return Config.DEFAULT_STATE;
        }
        try {
            return Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            error(node, "state path is not a file path: " + e.getReason());
            return Config.DEFAULT_STATE;
        }
    }

    private void checkListReferences(List<ExceptionList> lists, Map<String, Set<String>> valueLists, Node at) {
        for (ExceptionList list : lists) {
            for (ExceptionItem item : list.items()) {
                for (ExceptionEntry entry : item.entries()) {
                    if (entry instanceof ExceptionEntry.InList l && !valueLists.containsKey(l.listId())) {
                        error(at, "exception list '" + list.listId() + "' uses value list '" + l.listId() + "', which value_lists does not define");
                    }
                }
            }
        }
    }

    List<NodeTuple> mapping(Node node, String what) {
        if (node instanceof MappingNode m) {
            return m.getValue();
        }
        error(node, what + " must be a mapping");
        return List.of();
    }

    Node field(MappingNode node, String key) {
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    String optionalScalar(MappingNode node, String key) {
        Node value = field(node, key);
        return value == null ? null : scalar(value);
    }

    String requiredScalar(MappingNode node, String key) {
        Node value = field(node, key);
        if (value == null) {
            error(node, "missing '" + key + "'");
            return null;
        }
        return scalar(value);
    }

    List<String> strings(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String s = scalar(item);
                if (s != null) {
                    out.add(s);
                }
            }
        } else {
            error(node, "expected a list");
        }
        return out;
    }

    private ApprovedRegions approvedRegions(Node node) {
        if (node instanceof SequenceNode) {
            return new ApprovedRegions(Map.of("*", regionList(node)));
        }
        if (!(node instanceof MappingNode mapping)) {
            error(node, "approved_regions must be a list of regions or a mapping of provider to regions");
            return ApprovedRegions.SEED_DEFAULT;
        }
        Map<String, Set<String>> byProvider = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String provider = scalar(tuple.getKeyNode());
            if (!List.of("aws", "azure", "gcp").contains(provider)) {
                error(tuple.getKeyNode(), "unknown provider '" + provider + "' (expected aws, azure or gcp)");
                continue;
            }
            byProvider.put(provider, regionList(tuple.getValueNode()));
        }
        return new ApprovedRegions(byProvider);
    }

    private Set<String> regionList(Node node) {
        Set<String> regions = new LinkedHashSet<>();
        if (!(node instanceof SequenceNode sequence)) {
            error(node, "expected a list of region names");
            return regions;
        }
        for (Node item : sequence.getValue()) {
            String region = scalar(item);
            if (region == null || !REGION.matcher(region).matches()) {
                error(item, "'" + region + "' is not a region name (lower-case letters, digits and dashes, e.g. eu-west-1, westeurope)");
            } else {
                regions.add(region);
            }
        }
        return regions;
    }

    String scalar(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        error(node, "expected a plain value");
        return null;
    }

    void error(Node node, String message) {
        diagnostics.add(Diagnostic.error(span(node), message));
    }

    private SourceSpan span(Node node) {
        return span(node.getStartMark().orElse(null));
    }

    private SourceSpan span(Mark mark) {
        return mark == null ? SourceSpan.at(source, 1, 1) : SourceSpan.at(source, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
