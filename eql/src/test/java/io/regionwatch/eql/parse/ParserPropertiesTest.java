package io.regionwatch.eql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.eql.Eql;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, parsing either succeeds or reports diagnostics with positions; it never crashes. */
class ParserPropertiesTest {
    @Provide
    Arbitrary<String> eqlish() {
        Arbitrary<String> words = Arbitraries.of("process", "any", "where", "sequence", "sample", "by", "with",
                "maxspan=5s", "until", "[", "]", "![", "(", ")", "and", "or", "not", "in", "in~", "like~", "regex",
                ":", "==", "!=", "<", ">=", "=", "a.b", "?x", "`q-f`", "\"s*\"", "\"\"\"r\"\"\"", "'x'", "1", "-2.5",
                "null", "true", "length(", "between~(", ",", "|", "head", "tail", "3", "runs=2", "\"\\u{41}\"", "\"\\q");
        return words.list().ofMaxSize(25).map(list -> String.join(" ", list));
    }

    @Property(tries = 2000)
    void parsingNeverThrowsAnythingButDiagnostics(@ForAll("eqlish") String text) {
        try {
            Eql.parse(text, "p");
        } catch (DiagnosticException e) {
            assertThat(e.diagnostics()).isNotEmpty();
            e.diagnostics().forEach(d -> assertThat(d.span().line()).isPositive());
        }
    }

    @Property(tries = 500)
    void arbitraryCharactersNeverCrashTheLexerOrParser(@ForAll String text) {
        try {
            Eql.parse(text, "p");
        } catch (DiagnosticException e) {
            assertThat(e.diagnostics()).isNotEmpty();
        }
    }
}
