package io.regionwatch.eql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.eql.Eql;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, parsing either succeeds or reports diagnostics with positions; it never
 * crashes. Inputs come from a seeded generator, so a failure is reproducible from the printed text.
 */
class ParserPropertiesTest {
    private static final List<String> WORDS = List.of("process", "any", "where", "sequence", "sample", "by", "with",
            "maxspan=5s", "until", "[", "]", "![", "(", ")", "and", "or", "not", "in", "in~", "like~", "regex", ":",
            "==", "!=", "<", ">=", "=", "a.b", "?x", "`q-f`", "\"s*\"", "\"\"\"r\"\"\"", "'x'", "1", "-2.5", "null",
            "true", "length(", "between~(", ",", "|", "head", "tail", "3", "runs=2", "\"\\u{41}\"", "\"\\q", "of");

    private static void parsesOrReports(String text) {
        try {
            Eql.parse(text, "p");
        } catch (DiagnosticException e) {
            assertThat(e.diagnostics()).as(text).isNotEmpty();
            e.diagnostics().forEach(d -> assertThat(d.span().line()).as(text).isPositive());
        } catch (RuntimeException e) {
            throw new AssertionError("crashed on: " + text, e);
        }
    }

    @Test
    void tokenSoupNeverThrowsAnythingButDiagnostics() {
        Random random = new Random(20261128);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(25);
            for (int w = 0; w < n; w++) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
            }
            parsesOrReports(text.toString());
        }
    }

    @Test
    void arbitraryCharactersNeverCrashTheLexerOrParser() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : (char) (32 + random.nextInt(95));
            }
            parsesOrReports(new String(chars));
        }
    }
}
