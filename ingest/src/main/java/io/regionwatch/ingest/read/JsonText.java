package io.regionwatch.ingest.read;

import io.regionwatch.ingest.Limits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Parses JSON held in a string field (CloudWatch {@code message}, Azure {@code responseBody}) with the same limits. */
public final class JsonText {
    private final JsonFactory factory;
    private final Limits limits;

    public JsonText(Limits limits) {
        this.limits = limits;
        this.factory = JsonRecordReader.factory(limits);
    }

    /**
     * The tree of {@code text}, which must hold exactly one JSON value.
     *
     * @throws IllegalArgumentException with a reason when it is not valid JSON or breaks a limit
     */
    public Object parse(String text) {
        if (text.length() > limits.maxRecordChars()) {
            throw new IllegalArgumentException("embedded JSON larger than " + limits.maxRecordChars() + " chars");
        }
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("empty JSON text");
            }
            Object tree = new TreeBuilder(limits).build(p, first);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("trailing content after JSON value");
            }
            return tree;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("malformed embedded JSON: " + e.getOriginalMessage(), e);
        } catch (RecordLimitException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
