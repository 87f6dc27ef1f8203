package io.regionwatch.eql.compile;

import com.google.re2j.Pattern;
import io.regionwatch.core.match.ValueTest;

/** A whole-value regular-expression test evaluated by RE2/J, linear in the input. */
final class RegexTest implements ValueTest {
    private final Pattern pattern;

    RegexTest(String lucene, boolean insensitive) {
        String re2 = LuceneRegex.toRe2(lucene);
        this.pattern = Pattern.compile(re2, insensitive ? Pattern.CASE_INSENSITIVE : 0);
    }

    @Override
    public boolean test(Object value) {
        return value instanceof String s && pattern.matches(s);
    }
}
