package io.regionwatch.cli.simulate;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Tree construction and compact serialisation; insertion order is kept, so output is stable. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Compact one-line JSON, as CloudTrail, Azure and GCP write their records. */
    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** A JSON array with one compact element per line: valid JSON that diffs well in git. */
    static String writeArrayLines(List<? extends JsonNode> rows) {
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < rows.size(); i++) {
            out.append(write(rows.get(i))).append(i + 1 < rows.size() ? ",\n" : "\n");
        }
        return out.append("]\n").toString();
    }

    /** JSON Lines: one compact record per line, newline-terminated. */
    static String writeLines(List<? extends JsonNode> rows) {
        StringBuilder out = new StringBuilder();
        for (JsonNode row : rows) {
            out.append(write(row)).append('\n');
        }
        return out.toString();
    }

    /** {@code {"items":[...]}} wrapper that EC2 uses for every list in requests and responses. */
    static ObjectNode items(JsonNode... elements) {
        ObjectNode set = object();
        ArrayNode items = set.putArray("items");
        for (JsonNode e : elements) {
            items.add(e);
        }
        return set;
    }
}
