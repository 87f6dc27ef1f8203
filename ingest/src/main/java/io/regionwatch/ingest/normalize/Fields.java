package io.regionwatch.ingest.normalize;

import io.regionwatch.ingest.reject.InvalidRecordException;
import java.util.List;
import java.util.Map;

/** Typed reads from a raw record: a field of the wrong JSON type rejects the record with its name. */
public final class Fields {
    private Fields() {
    }

    /** The string at {@code key}, null when absent or null; rejects a non-string. */
    public static String string(Map<?, ?> map, String key) {
        Object v = map == null ? null : map.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw wrongType(key, "a string", v);
    }

    /** Like {@link #string} but an empty string counts as absent (Elastic drops empty values). */
    public static String nonEmpty(Map<?, ?> map, String key) {
        String s = string(map, key);
        return s == null || s.isEmpty() ? null : s;
    }

    /** A string, number or boolean at {@code key} as text; for fields clouds write either way. */
    public static String text(Map<?, ?> map, String key) {
        Object v = map == null ? null : map.get(key);
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v == null ? null : v.toString();
        }
        throw wrongType(key, "a string or number", v);
    }

    /** The object at {@code key}, null when absent; rejects a non-object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<?, ?> map, String key) {
        Object v = map == null ? null : map.get(key);
        if (v == null || v instanceof Map) {
            return (Map<String, Object>) v;
        }
        throw wrongType(key, "an object", v);
    }

    /** The array at {@code key}, null when absent; rejects a non-array. */
    public static List<?> array(Map<?, ?> map, String key) {
        Object v = map == null ? null : map.get(key);
        if (v == null || v instanceof List) {
            return (List<?>) v;
        }
        throw wrongType(key, "an array", v);
    }

    /** A required non-empty string. */
    public static String required(Map<?, ?> map, String key, String what) {
        String s = nonEmpty(map, key);
        if (s == null) {
            throw new InvalidRecordException(what + " record without " + key);
        }
        return s;
    }

    /** Follows {@code keys} through nested objects, tolerating absence but not wrong types. */
    public static Object path(Map<?, ?> map, String... keys) {
        Object node = map;
        for (int i = 0; i < keys.length; i++) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(keys[i]);
        }
        return node;
    }

    public static InvalidRecordException wrongType(String key, String expected, Object v) {
        return new InvalidRecordException("field " + key + " must be " + expected + ", got " + describe(v));
    }

    static String describe(Object v) {
        String type = v instanceof Map ? "object" : v instanceof List ? "array" : v instanceof String ? "string"
                : v instanceof Boolean ? "boolean" : "number";
        String shown = String.valueOf(v);
        return type + (v instanceof Map || v instanceof List ? "" : " " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown));
    }
}
