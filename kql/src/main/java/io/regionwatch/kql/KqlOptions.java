package io.regionwatch.kql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link KqlQuery} compiles. Immutable; each setter returns a new instance.
 *
 * <p>{@link #bindList} replaces the values of every {@code field:value} and {@code field:(a or b)}
 * on exactly that field with configured values: regionwatch uses it to put the organization's
 * approved regions into {@code not cloud.region:(...)}. {@link #caseInsensitive} is Kibana's
 * {@code caseInsensitive} query option (term and wildcard queries on keyword fields).
 */
public final class KqlOptions {
    private static final KqlOptions DEFAULTS = new KqlOptions(Map.of(), false);
    private final Map<String, List<String>> boundLists;
    private final boolean caseInsensitive;

    private KqlOptions(Map<String, List<String>> boundLists, boolean caseInsensitive) {
        this.boundLists = boundLists;
        this.caseInsensitive = caseInsensitive;
    }

    /** Case-sensitive matching and no bound lists, as Kibana compiles a rule by default. */
    public static KqlOptions defaults() {
        return DEFAULTS;
    }

    /** Replaces the value lists on {@code field} (a full dotted name, as written in the query) with {@code values}. */
    public KqlOptions bindList(String field, Collection<String> values) {
        Objects.requireNonNull(field, "field");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a bound list for '" + field + "' needs at least one value");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(boundLists);
        copy.put(field, List.copyOf(values));
        return new KqlOptions(Map.copyOf(copy), caseInsensitive);
    }

    public KqlOptions caseInsensitive(boolean value) {
        return new KqlOptions(boundLists, value);
    }

    public boolean caseInsensitive() {
        return caseInsensitive;
    }

    /** The values bound to {@code field}, or null when its lists stay as written. */
    public List<String> boundList(String field) {
        return boundLists.get(field);
    }

    public Map<String, List<String>> boundLists() {
        return boundLists;
    }
}
