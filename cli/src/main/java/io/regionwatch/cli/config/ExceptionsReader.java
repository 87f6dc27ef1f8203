package io.regionwatch.cli.config;

import io.regionwatch.core.rule.ExceptionEntry;
import io.regionwatch.core.rule.ExceptionItem;
import io.regionwatch.core.rule.ExceptionList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code exceptions:} and {@code value_lists:} from the configuration, in the vocabulary of
 * Kibana's exception items (entry types match, match_any, wildcard, exists, list; operators
 * included, excluded; expire_time), so a list exported from Kibana reads the same here.
 */
final class ExceptionsReader {
    private final ConfigLoader loader;
    private final Path baseDir;

    ExceptionsReader(ConfigLoader loader, Path baseDir) {
        this.loader = loader;
        this.baseDir = baseDir;
    }

    Map<String, Set<String>> valueLists(Node node) {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (NodeTuple tuple : loader.mapping(node, "value_lists")) {
            String id = loader.scalar(tuple.getKeyNode());
            Node value = tuple.getValueNode();
            if (value instanceof SequenceNode) {
                lists.put(id, new LinkedHashSet<>(loader.strings(value)));
            } else if (value instanceof MappingNode m && loader.field(m, "file") != null) {
                lists.put(id, readListFile(loader.field(m, "file")));
            } else {
                loader.error(value, "a value list is a list of values or {file: path} (one value per line)");
            }
        }
        return lists;
    }

    private Set<String> readListFile(Node fileNode) {
        String name = loader.scalar(fileNode);
        Path file;
        try {
            file = name == null ? null : baseDir.resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            loader.error(fileNode, "value list file is not a file path: " + e.getReason());
            file = null;
        }
        if (file == null) {
            return Set.of();
        }
        try {
            Set<String> values = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    values.add(line.strip());
                }
            }
            return values;
        } catch (IOException e) {
            loader.error(fileNode, "cannot read value list " + file + ": " + e.getMessage());
            return Set.of();
        }
    }

    List<ExceptionList> exceptionLists(Node node) {
        List<ExceptionList> lists = new ArrayList<>();
        if (!(node instanceof SequenceNode sequence)) {
            loader.error(node, "exceptions must be a list of exception lists");
            return lists;
        }
        for (Node listNode : sequence.getValue()) {
            if (!(listNode instanceof MappingNode m)) {
                loader.error(listNode, "an exception list is a mapping with list_id and items");
                continue;
            }
            String id = loader.requiredScalar(m, "list_id");
            String name = loader.optionalScalar(m, "name");
            List<String> appliesTo = loader.field(m, "applies_to") == null ? List.of() : loader.strings(loader.field(m, "applies_to"));
            List<ExceptionItem> items = new ArrayList<>();
            Node itemsNode = loader.field(m, "items");
            if (itemsNode instanceof SequenceNode itemList) {
                for (Node item : itemList.getValue()) {
                    ExceptionItem parsed = item(item, id + "#" + items.size());
                    if (parsed != null) {
                        items.add(parsed);
                    }
                }
            } else {
                loader.error(listNode, "exception list '" + id + "' needs items");
            }
            lists.add(new ExceptionList(id, name == null ? id : name, items, appliesTo));
        }
        return lists;
    }

    private ExceptionItem item(Node node, String defaultId) {
        if (!(node instanceof MappingNode m)) {
            loader.error(node, "an exception item is a mapping with entries");
            return null;
        }
        Instant expire = null;
        String expireText = loader.optionalScalar(m, "expire_time");
        if (expireText != null) {
            try {
                expire = Instant.parse(expireText);
            } catch (DateTimeParseException e) {
                loader.error(loader.field(m, "expire_time"), "expire_time must be an ISO-8601 instant such as 2027-01-31T00:00:00Z");
            }
        }
        List<ExceptionEntry> entries = new ArrayList<>();
        Node entriesNode = loader.field(m, "entries");
        if (entriesNode instanceof SequenceNode list) {
            for (Node e : list.getValue()) {
                ExceptionEntry entry = entry(e);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        if (entries.isEmpty()) {
            loader.error(node, "an exception item needs at least one entry");
            return null;
        }
        String id = loader.optionalScalar(m, "item_id");
        return new ExceptionItem(id == null ? defaultId : id, loader.optionalScalar(m, "name"), entries, expire,
                loader.optionalScalar(m, "comment"));
    }

    private ExceptionEntry entry(Node node) {
        if (!(node instanceof MappingNode m)) {
            loader.error(node, "an entry is a mapping with field, type, operator and value");
            return null;
        }
        String field = loader.requiredScalar(m, "field");
        String type = loader.requiredScalar(m, "type");
        String operator = loader.optionalScalar(m, "operator");
        if (operator != null && !operator.equals("included") && !operator.equals("excluded")) {
            loader.error(loader.field(m, "operator"), "operator must be included or excluded");
        }
        boolean excluded = "excluded".equals(operator);
        if (field == null || type == null) {
            return null;
        }
        Node value = loader.field(m, "value");
        switch (type) {
            case "match":
                return value == null ? missingValue(node) : new ExceptionEntry.Match(field, loader.scalar(value), excluded);
            case "match_any":
                return value == null ? missingValue(node) : new ExceptionEntry.MatchAny(field, loader.strings(value), excluded);
            case "wildcard":
                return value == null ? missingValue(node) : new ExceptionEntry.Wildcard(field, loader.scalar(value), excluded);
            case "exists":
                return new ExceptionEntry.Exists(field, excluded);
            case "list":
                return listEntry(m, field, excluded);
            default:
                loader.error(loader.field(m, "type"), "entry type must be match, match_any, wildcard, exists or list, got '" + type + "'");
                return null;
        }
    }

    private ExceptionEntry listEntry(MappingNode m, String field, boolean excluded) {
        Node list = loader.field(m, "list");
        String id = list instanceof MappingNode lm ? loader.optionalScalar(lm, "id") : loader.optionalScalar(m, "value");
        if (id == null) {
            loader.error(m, "a list entry needs list: {id: <value list>}");
            return null;
        }
        return new ExceptionEntry.InList(field, id, excluded);
    }

    private ExceptionEntry missingValue(Node node) {
        loader.error(node, "this entry type needs a value");
        return null;
    }
}
