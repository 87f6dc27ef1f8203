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
    void caseInsensitiveFoldsAsciiLettersButNotRangesAsLuceneDoes() {
        assertThat(matches("[ab]x", "BX", true)).isTrue();
        assertThat(matches("[^a]", "A", true)).isFalse();
        assertThat(matches("[a-c]", "B", true)).isFalse();
        assertThat(matches("\"Ab\"", "aB", true)).isTrue();
        assertThat(matches("é", "É", true)).isFalse();
        assertThat(matches("ab", "AB", false)).isFalse();
    }

    @Test
    void expandsNumericIntervalsLikeLucene() {
        for (int n = 0; n <= 1200; n++) {
            assertThat(matches("port<80-1024>", "port" + n, false)).as("%d", n).isEqualTo(n >= 80 && n <= 1024);
        }
        assertThat(matches("<1-100>", "007", false)).isTrue();
        assertThat(matches("<001-100>", "007", false)).isTrue();
        assertThat(matches("<001-100>", "7", false)).isFalse();
        assertThat(matches("<001-100>", "0007", false)).isFalse();
        assertThat(matches("<100-001>", "050", false)).isTrue();
        assertThat(matches("<0-0>", "0", false)).isTrue();
        assertThat(matches("<5-19>", "4", false)).isFalse();
        int[][] ranges = {{0, 9}, {7, 7}, {3, 47}, {19, 301}, {99, 1000}, {0, 999}};
        for (int[] r : ranges) {
            RegexTest anyWidth = new RegexTest("<" + r[0] + "-" + r[1] + ">", false);
            RegexTest padded = new RegexTest(String.format("<%04d-%04d>", r[0], r[1]), false);
            for (int n = 0; n <= 1100; n++) {
                boolean in = n >= r[0] && n <= r[1];
                assertThat(anyWidth.test(Integer.toString(n))).as("%d in %d-%d", n, r[0], r[1]).isEqualTo(in);
                assertThat(padded.test(String.format("%04d", n))).as("%04d", n).isEqualTo(in);
            }
        }
    }

    @Test
    void rejectsWhatRe2CannotExpress() {
        assertThatThrownBy(() -> LuceneRegex.toRe2("~(a)")).hasMessageContaining("complement");
        assertThatThrownBy(() -> LuceneRegex.toRe2("a&b")).hasMessageContaining("intersection");
        assertThatThrownBy(() -> LuceneRegex.toRe2("<1-x>")).hasMessageContaining("numeric interval");
        assertThatThrownBy(() -> LuceneRegex.toRe2("[ab")).hasMessageContaining("unterminated");
    }
}
