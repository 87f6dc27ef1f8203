package io.regionwatch.kql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link KqlQuery} compiles. Setters return this, as {@code EqlOptions} does; compile reads
 * the options once, so one options object may be reused.
 *
 * <p>{@link #bindList} replaces the values of every {@code field:value} and {@code field:(a or b)}
 * on exactly that field with configured values: regionwatch uses it to put the organization's
 * approved regions into {@code not cloud.region:(...)}. {@link #caseInsensitive} is Kibana's
 * {@code caseInsensitive} query option (term and wildcard queries on keyword fields).
 */
public final class KqlOptions {
    private final Map<String, List<String>> boundLists = new LinkedHashMap<>();
    private boolean caseInsensitive;

    /** Case-sensitive matching and no bound lists, as Kibana compiles a rule by default. */
    public static KqlOptions defaults() {
        return new KqlOptions();
    }

    /**
     * Every {@code field:value} or {@code field:(v1 or v2 ...)} on exactly {@code field} (the full
     * dotted name, nested path included) tests {@code values} instead. An empty list matches nothing,
     * so {@code not field:(...)} then matches every event.
     */
    public KqlOptions bindList(String field, Collection<String> values) {
        boundLists.put(Objects.requireNonNull(field, "field"), List.copyOf(values));
        return this;
    }

    public KqlOptions caseInsensitive(boolean value) {
        this.caseInsensitive = value;
        return this;
    }

    public boolean caseInsensitive() {
        return caseInsensitive;
    }

    /** The values bound to {@code field}, or null when its lists stay as written. */
    public List<String> boundList(String field) {
        return boundLists.get(field);
    }

    public Map<String, List<String>> boundLists() {
        return Map.copyOf(boundLists);
    }
}
