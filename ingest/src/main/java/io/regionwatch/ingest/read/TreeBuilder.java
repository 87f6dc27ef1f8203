package io.regionwatch.ingest.read;

import io.regionwatch.ingest.Limits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Builds one record's tree (Map, List, String, Long, Double, Boolean, null) from a streaming parser,
 * enforcing the nesting depth and record size limits. On a limit it skips the rest of the record, so
 * the parser stands after it, and throws {@link RecordLimitException}.
 */
final class TreeBuilder {
    private static final int SIZE_CHECK_EVERY = 64;
    private final Limits limits;
    private long start;
    private long excluded;
    private int tokens;
    /** Enclosing levels the caller reads itself (a header object), which a skip must leave open. */
    private int callerLevels;

    TreeBuilder(Limits limits) {
        this.limits = limits;
    }

    /** Builds the value whose first token is current; sizes count from this token. */
    Object build(JsonParser p, JsonToken first) throws RecordLimitException {
        begin(p);
        callerLevels = 0;
        Object tree = value(p, first, 1);
        // the checks on the way sample every 64 tokens; a record of few tokens and one long string ends here
        String over = overSize(p);
        if (over != null) {
            throw new RecordLimitException(over);
        }
        return tree;
    }

    /**
     * For a record read in parts, once its last token is read: the size error when the whole record
     * (less the excluded spans) is over the limit, else null.
     */
    String overSize(JsonParser p) {
        long size = p.currentLocation().getCharOffset() - start - excluded;
        return size > limits.maxRecordChars() ? "record larger than " + limits.maxRecordChars() + " chars (limit maxRecordChars)" : null;
    }

    /** Starts a size budget at the current token (an object the caller reads), for a record built in parts. */
    void begin(JsonParser p) {
        start = p.currentTokenLocation().getCharOffset();
        excluded = 0;
        tokens = 0;
        callerLevels = 1;
    }

    /** Excludes a span (a streamed container) from the current budget. */
    void exclude(long chars) {
        excluded += chars;
    }

    /** Builds a value that is part of the current budget at the given depth. */
    Object part(JsonParser p, JsonToken first, int depth) throws RecordLimitException {
        return value(p, first, depth);
    }

    private Object value(JsonParser p, JsonToken t, int depth) throws RecordLimitException {
        switch (t) {
            case START_OBJECT:
                return object(p, depth);
            case START_ARRAY:
                return array(p, depth);
            case VALUE_STRING:
                return string(p, depth);
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getString() : p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** Checks our string limit after Jackson's (set to the record size) so one long string rejects one record. */
    private String string(JsonParser p, int depth) throws RecordLimitException {
        String s = p.getString();
        if (s.length() > limits.maxStringLength()) {
            skipOpen(p, depth - 1 - callerLevels);
            throw new RecordLimitException("string of " + s.length() + " chars, longer than " + limits.maxStringLength()
                    + " (limit maxStringLength)");
        }
        return s;
    }

    private Map<String, Object> object(JsonParser p, int depth) throws RecordLimitException {
        checkDepth(p, depth);
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            checkSize(p, depth, v);
            int size = map.size();
            map.put(name, value(p, v, depth + 1));
            if (map.size() == size) {
                // parsers disagree on which of two values counts, so a duplicate could hide a value from a rule
                skipOpen(p, depth - callerLevels);
                throw new RecordLimitException(duplicateKey(name));
            }
        }
        return map;
    }

    private List<Object> array(JsonParser p, int depth) throws RecordLimitException {
        checkDepth(p, depth);
        List<Object> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            checkSize(p, depth, t);
            list.add(value(p, t, depth + 1));
        }
        return list;
    }

    private void checkDepth(JsonParser p, int depth) throws RecordLimitException {
        if (depth > limits.maxDepth()) {
            p.skipChildren();
            skipOpen(p, depth - 1 - callerLevels);
            throw new RecordLimitException("record nested deeper than " + limits.maxDepth() + " levels (limit maxDepth)");
        }
    }

    private void checkSize(JsonParser p, int depth, JsonToken t) throws RecordLimitException {
        boolean bigString = t == JsonToken.VALUE_STRING && p.getStringLength() > 4096;
        if (++tokens % SIZE_CHECK_EVERY != 0 && !bigString) {
            return;
        }
        if (overSize(p) != null) {
            if (t.isStructStart()) {
                p.skipChildren();
            }
            skipOpen(p, depth - callerLevels);
            throw new RecordLimitException(overSize(p));
        }
    }

    static String duplicateKey(String name) {
        return "duplicate key '" + (name.length() > 100 ? name.substring(0, 100) + "…" : name) + "' in one object";
    }

    /** Consumes tokens until {@code open} enclosing containers are closed. */
    static void skipOpen(JsonParser p, int open) throws JacksonException {
        int remaining = open;
        while (remaining > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return;
            }
            if (t.isStructStart()) {
                p.skipChildren();
            } else if (t.isStructEnd()) {
                remaining--;
            }
        }
    }
}
