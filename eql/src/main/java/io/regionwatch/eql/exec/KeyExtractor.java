package io.regionwatch.eql.exec;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an event's join-key tuples. A multi-valued key joins under each distinct value (several
 * multi-valued keys give the cartesian product); a null value excludes the event unless the key is
 * optional ({@code ?k}), where null is a legitimate value.
 */
public final class KeyExtractor {
    /** One join key: reads the key's values from an event (empty when null). */
    public interface Key {
        List<Object> values(Event event);

        boolean optional();
    }

    private static final List<List<Object>> NO_KEY = List.of(List.of());
    private final Key[] keys;

    public KeyExtractor(List<Key> keys) {
        this.keys = keys.toArray(new Key[0]);
    }

    public int size() {
        return keys.length;
    }

    /** Every key tuple of the event; empty when a required key is null. */
    public List<List<Object>> tuples(Event event) {
        if (keys.length == 0) {
            return NO_KEY;
        }
        List<List<Object>> tuples = new ArrayList<>();
        tuples.add(new ArrayList<>(keys.length));
        for (Key key : keys) {
            List<Object> values = distinct(key.values(event));
            if (values.isEmpty()) {
                if (!key.optional()) {
                    return List.of();
                }
                values = Collections.singletonList(null);
            }
            tuples = product(tuples, values);
        }
        return tuples;
    }

    private static List<Object> distinct(List<Object> values) {
        if (values.size() <= 1) {
            return values;
        }
        Set<Object> seen = new LinkedHashSet<>();
        for (Object v : values) {
            seen.add(Values.key(v, false));
        }
        return new ArrayList<>(seen);
    }

    private static List<List<Object>> product(List<List<Object>> prefixes, List<Object> values) {
        List<List<Object>> out = new ArrayList<>(prefixes.size() * values.size());
        for (List<Object> prefix : prefixes) {
            for (Object v : values) {
                List<Object> tuple = new ArrayList<>(prefix);
                tuple.add(v == null ? null : Values.key(v, false));
                out.add(tuple);
            }
        }
        return out;
    }
}
