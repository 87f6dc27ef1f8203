package io.regionwatch.cli.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The part of JSON Schema our hand-written OCSF schema uses (type, required, properties,
 * additionalProperties, enum, const, items, minimum, maximum, minLength, minProperties, pattern and
 * local $ref), enough to check findings without a validator dependency.
 */
final class MiniJsonSchema {
    private final JsonNode root;

    MiniJsonSchema(JsonNode root) {
        this.root = root;
    }

    /** Every violation, as "path: problem"; empty when the document is valid. */
    List<String> validate(JsonNode doc) {
        List<String> errors = new ArrayList<>();
        check(root, doc, "$", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            check(root.at(ref.substring(1)), value, path, errors);
            return;
        }
        if (schema.has("type") && !hasType(value, schema.get("type").asString())) {
            errors.add(path + ": expected " + schema.get("type").asString() + " but was " + value.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(path + ": expected " + schema.get("const") + " but was " + value);
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            errors.add(path + ": " + value + " not in " + schema.get("enum"));
        }
        checkScalar(schema, value, path, errors);
        if (value.isObject()) {
            checkObject(schema, value, path, errors);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static void checkScalar(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
            errors.add(path + ": below minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && value.isNumber() && value.asDouble() > schema.get("maximum").asDouble()) {
            errors.add(path + ": above maximum " + schema.get("maximum"));
        }
        if (value.isString() && schema.has("minLength") && value.asString().length() < schema.get("minLength").asInt()) {
            errors.add(path + ": shorter than " + schema.get("minLength"));
        }
        if (value.isString() && schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(value.asString()).find()) {
            errors.add(path + ": does not match " + schema.get("pattern").asString());
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, List<String> errors) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asString())) {
                errors.add(path + ": missing required " + required.asString());
            }
        }
        if (schema.has("minProperties") && value.size() < schema.get("minProperties").asInt()) {
            errors.add(path + ": fewer than " + schema.get("minProperties") + " properties");
        }
        JsonNode properties = schema.path("properties");
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey(), errors);
            } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean()) {
                errors.add(path + ": unknown attribute " + field.getKey());
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new IllegalArgumentException("unsupported type " + type);
        };
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode option : options) {
            if (option.equals(value) || (option.isNumber() && value.isNumber() && option.asLong() == value.asLong())) {
                return true;
            }
        }
        return false;
    }
}
