package io.regionwatch.kql.compile;

import io.regionwatch.core.match.AnyTest;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.Constant;
import io.regionwatch.core.match.FieldExists;
import io.regionwatch.core.match.FieldMatches;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.ValueTest;
import io.regionwatch.kql.ast.Field;

/** What a field name addresses: one field, the fields matching a pattern, or every field. */
sealed interface FieldTarget {
    /** True when a value of the target passes the test (false when there is none). */
    Matcher with(ValueTest test);

    /** {@code field:*}. */
    Matcher exists();

    static FieldTarget of(Field field) {
        if (field.name().isLoneWildcard()) {
            return new Every();
        }
        if (field.isPattern()) {
            return new Pattern(new KqlWildcard(field.name().parts(), false));
        }
        return new Exact(path(field.text()));
    }

    /** A dotted path; a name with empty segments cannot be split, so it is kept whole and matches only such a key. */
    static FieldPath path(String name) {
        try {
            return FieldPath.of(name);
        } catch (IllegalArgumentException e) {
            return FieldPath.literal(name);
        }
    }

    record Exact(FieldPath path) implements FieldTarget {
        @Override
        public Matcher with(ValueTest test) {
            return new FieldMatches(path, test);
        }

        @Override
        public Matcher exists() {
            return new FieldExists(path);
        }
    }

    record Pattern(KqlWildcard names) implements FieldTarget {
        @Override
        public Matcher with(ValueTest test) {
            return new FieldPatternMatches(names, test);
        }

        @Override
        public Matcher exists() {
            return new FieldPatternMatches(names, AnyTest.ALWAYS);
        }
    }

    /** {@code *:value} is the same as a bare value; {@code *:*} is Kibana's match_all. */
    record Every() implements FieldTarget {
        @Override
        public Matcher with(ValueTest test) {
            return new AnyFieldMatches(test);
        }

        @Override
        public Matcher exists() {
            return Constant.TRUE;
        }
    }
}
