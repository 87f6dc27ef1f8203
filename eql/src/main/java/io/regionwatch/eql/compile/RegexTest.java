package io.regionwatch.eql.compile;

import com.google.re2j.Pattern;
import io.regionwatch.core.match.ValueTest;

/** A whole-value regular-expression test evaluated by RE2/J, linear in the input. */
final class RegexTest implements ValueTest {
    private final Pattern pattern;

    RegexTest(String lucene, boolean insensitive) {
        this.pattern = Pattern.compile(LuceneRegex.toRe2(lucene, insensitive));
    }

    @Override
    public boolean test(Object value) {
        return value instanceof String s && pattern.matches(s);
    }
}
