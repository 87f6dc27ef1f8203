package io.regionwatch.core.match;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import java.util.List;

/**
 * A field predicate compiled like a Lucene query: false when the field is missing, true when any
 * element of a multi-valued field passes the test. Wrap in {@link Not} for {@code must_not}.
 */
public record FieldMatches(FieldPath field, ValueTest test) implements Matcher {
    @Override
    public boolean matches(Event event) {
        Object value = event.get(field);
        if (value == null) {
            return false;
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (test.test(Values.normalize(element))) {
                    return true;
                }
            }
            return false;
        }
        return test.test(Values.normalize(value));
    }
}
