package io.regionwatch.ingest.read;

import io.regionwatch.core.event.Origin;
import io.regionwatch.ingest.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The scan of one input: top-level values one after another, containers streamed, and recovery
 * after a parse error (next line for NDJSON, one reject for the rest of a broken document).
 */
final class FileScan {
    static final Set<String> CONTAINERS = Set.of("Records", "records", "value", "Events", "logEvents", "entries");
    private static final int EXCERPT = 200;

    private final JsonFactory factory;
    private final Limits limits;
    private final boolean expand;
    private final String source;
    private final LineServingReader lines;
    private final RecordHandler handler;
    private final TreeBuilder trees;
    /** Separate from {@link #trees}: header budgets must survive the records streamed in between. */
    private final TreeBuilder headerTrees;
    private long index;
    private long base;
    private long valueStart;
    private long completed;
    private long singleLine;
    private long emittedInValue;
    private boolean inValue;
    private long kept;
    private long lastReplay;

    /** Thrown to abandon the rest of the input after a final reject. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    FileScan(JsonFactory factory, Limits limits, boolean expand, String source, LineServingReader lines,
            RecordHandler handler) {
        this.factory = factory;
        this.limits = limits;
        this.expand = expand;
        this.source = source;
        this.lines = lines;
        this.handler = handler;
        this.trees = new TreeBuilder(limits);
        this.headerTrees = new TreeBuilder(limits);
    }

    void run() {
        boolean again = true;
        while (again) {
            base = lines.nextLine() - 1;
            try (JsonParser p = factory.createParser(ObjectReadContext.empty(), lines)) {
                scan(p);
                again = false;
            } catch (Stop stop) {
                again = false;
            } catch (JacksonException e) {
                again = recover(e);
            } catch (UncheckedIOException e) {
                finalReject(0, "input unreadable: " + JsonRecordReader.describe(e.getCause()));
                again = false;
            }
        }
    }

    private void scan(JsonParser p) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            valueStart = line(p.currentTokenLocation());
            lines.keepFrom(valueStart);
            emittedInValue = 0;
            inValue = true;
            topValue(p, t);
            inValue = false;
            completed++;
            if (line(p.currentLocation()) == valueStart) {
                singleLine++;
            }
        }
    }

    private void topValue(JsonParser p, JsonToken t) {
        if (t == JsonToken.START_ARRAY) {
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                record(p, e);
            }
        } else if (t == JsonToken.START_OBJECT && expand) {
            objectWithContainers(p);
        } else if (t == JsonToken.START_OBJECT) {
            record(p, t);
        } else {
            long at = line(p.currentTokenLocation());
            reject(at, "top-level JSON " + kind(t) + " is not a record", p.getValueAsString(""));
        }
    }

    private void record(JsonParser p, JsonToken t) {
        Origin origin = next(line(p.currentTokenLocation()));
        try {
            Object tree = trees.build(p, t);
            emittedInValue++;
            kept++;
            handler.onRecord(tree, origin);
        } catch (RecordLimitException e) {
            emittedInValue++;
            handler.onReject(origin, e.getMessage(), "");
        }
    }

    private void objectWithContainers(JsonParser p) {
        long startLine = line(p.currentTokenLocation());
        headerTrees.begin(p);
        Map<String, Object> header = new LinkedHashMap<>();
        boolean container = false;
        String tooBig = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_ARRAY && CONTAINERS.contains(name)) {
                container = true;
                long from = p.currentTokenLocation().getCharOffset();
                streamContainer(p);
                headerTrees.exclude(p.currentLocation().getCharOffset() - from);
            } else if (tooBig == null) {
                tooBig = headerPart(p, v, name, header);
            } else {
                p.skipChildren();
            }
        }
        if (!container) {
            emitWhole(startLine, header, tooBig != null ? tooBig : headerTrees.overSize(p));
        }
    }

    private String headerPart(JsonParser p, JsonToken v, String name, Map<String, Object> header) {
        if (header.containsKey(name)) {
            p.skipChildren();
            return TreeBuilder.duplicateKey(name);
        }
        try {
            header.put(name, headerTrees.part(p, v, 2));
            return null;
        } catch (RecordLimitException e) {
            return e.getMessage();
        }
    }

    private void streamContainer(JsonParser p) {
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            record(p, e);
        }
    }

    private void emitWhole(long startLine, Map<String, Object> header, String tooBig) {
        Origin origin = next(startLine);
        emittedInValue++;
        if (tooBig != null) {
            handler.onReject(origin, tooBig, "");
        } else {
            kept++;
            handler.onRecord(header, origin);
        }
    }

    private Origin next(long line) {
        if (index >= limits.maxRecordsPerFile()) {
            rejectRest(line, "more than " + limits.maxRecordsPerFile() + " records in one input (limit maxRecordsPerFile)");
        }
        return new Origin(source, line, index++);
    }

    private boolean recover(JacksonException e) {
        long at = e.getLocation() == null ? 0 : line(e.getLocation());
        String where = e.getLocation() == null ? "" : "line " + at + " column " + e.getLocation().getColumnNr() + ": ";
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
            finalReject(at, "input unreadable after " + kept + " records: " + JsonRecordReader.describe(io));
            return false;
        }
        String message = where + e.getOriginalMessage();
        if (completed == 0 && !inValue) {
            finalReject(at, "not JSON: " + message);
            return false;
        }
        boolean ndjson = completed > 0 && singleLine == completed;
        // an error before the value's first token was returned lies in a value starting on the error line
        long failed = inValue ? valueStart : Math.max(at, 1);
        inValue = false;
        if (ndjson && failed + 1 > lastReplay && lines.canReplayFrom(failed + 1)) {
            reject(failed, "malformed JSON line: " + message, lines.lineText(failed));
            lastReplay = failed + 1;
            lines.replayFrom(failed + 1);
            return true;
        }
        if (ndjson && failed + 1 > lastReplay && lines.nextLine() <= failed + 1) {
            return skipLongLine(failed, message);
        }
        finalReject(at, "JSON breaks at " + message + " (kept the " + kept + " records read before; rest of input rejected)");
        return false;
    }

    /** The broken line was too long to remember (or a parser limit cut it): drop its rest and go on after it. */
    private boolean skipLongLine(long failed, String message) {
        String excerpt = lines.lineText(failed);
        try {
            boolean more = lines.skipTo(failed + 1);
            reject(failed, "malformed JSON line: " + message, excerpt);
            lastReplay = failed + 1;
            return more;
        } catch (IOException e) {
            finalReject(failed, "input unreadable after " + kept + " records: " + JsonRecordReader.describe(e));
            return false;
        }
    }

    private void reject(long line, String reason, String excerpt) {
        handler.onReject(new Origin(source, line, index++), reason, truncate(excerpt));
    }

    private void rejectRest(long line, String reason) {
        finalReject(line, reason);
        throw new Stop();
    }

    private void finalReject(long line, String reason) {
        handler.onReject(new Origin(source, line, index++), reason, truncate(lines.lineText(line)));
    }

    private long line(TokenStreamLocation location) {
        return base + Math.max(1, location.getLineNr());
    }

    private static String truncate(String s) {
        return s == null ? "" : s.length() <= EXCERPT ? s : s.substring(0, EXCERPT) + "…";
    }

    private static String kind(JsonToken t) {
        return switch (t) {
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }
}
