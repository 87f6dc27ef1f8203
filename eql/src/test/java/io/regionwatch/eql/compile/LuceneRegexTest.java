package io.regionwatch.eql.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LuceneRegexTest {
    private static boolean matches(String lucene, String value, boolean insensitive) {
        return new RegexTest(lucene, insensitive).test(value);
    }

    @Test
    void isAnchoredAndDotMatchesNewlines() {
        assertThat(matches("ab", "xaby", false)).isFalse();
        assertThat(matches("a.c", "a\nc", false)).isTrue();
    }

    @Test
    void translatesLuceneOnlySyntax() {
        assertThat(matches("@.exe", "C:\\x.exe", false)).isTrue();
        assertThat(matches("\"a.b\"c", "a.bc", false)).isTrue();
        assertThat(matches("\"a.b\"c", "axbc", false)).isFalse();
        assertThat(matches("a$^b", "a$^b", false)).isTrue();
        assertThat(matches("[a-c\\]]+", "ab]c", false)).isTrue();
        assertThat(matches("[^0-9]{2,3}", "abc", false)).isTrue();
        assertThat(matches("\\d+\\.\\w", "12.x", false)).isTrue();
        assertThat(matches("#|x", "x", false)).isTrue();
        assertThat(matches("CMD\\.EXE", "cmd.exe", true)).isTrue();
    }

    @Test
    void rejectsWhatRe2CannotExpress() {
        assertThatThrownBy(() -> LuceneRegex.toRe2("~(a)")).hasMessageContaining("complement");
        assertThatThrownBy(() -> LuceneRegex.toRe2("a&b")).hasMessageContaining("intersection");
        assertThatThrownBy(() -> LuceneRegex.toRe2("<1-100>")).hasMessageContaining("numeric interval");
        assertThatThrownBy(() -> LuceneRegex.toRe2("[ab")).hasMessageContaining("unterminated");
    }
}
