package io.regionwatch.kql.compile;

import io.regionwatch.core.match.RequiredValues;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.core.match.Values;
import java.util.List;

/**
 * A KQL wildcard: only {@code *} is special (Kibana escapes {@code ?} and every other reserved
 * character before sending the pattern to Elasticsearch), so the pattern is literal segments that
 * must appear in order, anchored at both ends. Non-string values match by their string form, as a
 * keyword field would hold them.
 */
public final class KqlWildcard implements ValueTest {
    private final String[] segments;
    private final boolean foldCase;

    /** {@code segments} are the literal texts between wildcards (at least two). */
    public KqlWildcard(List<String> segments, boolean foldCase) {
        if (segments.size() < 2) {
            throw new IllegalArgumentException("a wildcard pattern has at least two segments");
        }
        this.foldCase = foldCase;
        this.segments = segments.stream().map(s -> foldCase ? Values.fold(s) : s).toArray(String[]::new);
    }

    @Override
    public boolean test(Object value) {
        String s = value instanceof String str ? str : String.valueOf(value);
        return matches(foldCase ? Values.fold(s) : s);
    }

    /** Greedy leftmost search is exact for star-only patterns, and linear in the value. */
    boolean matches(String s) {
        String first = segments[0];
        String last = segments[segments.length - 1];
        if (s.length() < first.length() + last.length() || !s.startsWith(first) || !s.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int limit = s.length() - last.length();
        for (int i = 1; i < segments.length - 1; i++) {
            int at = s.indexOf(segments[i], from);
            if (at < 0 || at + segments[i].length() > limit) {
                return false;
            }
            from = at + segments[i].length();
        }
        return true;
    }

    /** {@code Create*} requires its prefix. */
    @Override
    public RequiredValues foldedValues() {
        return segments.length == 2 && segments[1].isEmpty() ? RequiredValues.prefix(segments[0], foldCase) : null;
    }

    @Override
    public String toString() {
        return (foldCase ? "~" : "") + String.join("*", segments);
    }
}
