package io.regionwatch.core.rule;

import java.util.List;

/**
 * One condition of an exception item, as Kibana defines them. {@code excluded} is Kibana's
 * {@code operator: excluded}: the condition is negated (so a missing field satisfies it).
 */
public sealed interface ExceptionEntry {
    String field();

    boolean excluded();

    /** {@code match}: the field equals the value (case-sensitive, like match_phrase on a keyword). */
    record Match(String field, String value, boolean excluded) implements ExceptionEntry {
    }

    /** {@code match_any}: the field equals one of the values. */
    record MatchAny(String field, List<String> values, boolean excluded) implements ExceptionEntry {
        public MatchAny {
            values = List.copyOf(values);
        }
    }

    /** {@code wildcard}: Elasticsearch wildcard query, {@code *} and {@code ?}, case-sensitive. */
    record Wildcard(String field, String pattern, boolean excluded) implements ExceptionEntry {
    }

    /** {@code exists}: the field has a value. */
    record Exists(String field, boolean excluded) implements ExceptionEntry {
    }

    /** {@code list}: the field's value is in the named value list. */
    record InList(String field, String listId, boolean excluded) implements ExceptionEntry {
    }
}
