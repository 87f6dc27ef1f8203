package io.regionwatch.kql.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.kql.ast.Query;
import io.regionwatch.kql.ast.Sexp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KqlParserTest {
    static String sexp(String kql) {
        try {
            return Sexp.of(KqlParser.parse(kql, "<q>", 1, 1));
        } catch (DiagnosticException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        event.action:CreateAccessKey                  | (event.action: CreateAccessKey)
        event.action:"Create Access Key"              | (event.action: "Create Access Key")
        event.action : CreateAccessKey                | (event.action: CreateAccessKey)
        "event.action":x                              | ("event.action": x)
        a:1 or b:2 and c:3                            | (or (a: 1) (and (b: 2) (c: 3)))
        a:1 and b:2 or c:3                            | (or (and (a: 1) (b: 2)) (c: 3))
        not a:1 and b:2                               | (and (not (a: 1)) (b: 2))
        not (a:1 and b:2)                             | (not (and (a: 1) (b: 2)))
        (a:1 or b:2) and c:3                          | (and (or (a: 1) (b: 2)) (c: 3))
        a:1 OR b:2 AnD NOT c:3                        | (or (a: 1) (and (b: 2) (not (c: 3))))
        a:1 or b:2 or c:3                             | (or (a: 1) (b: 2) (c: 3))
        f:(a or b)                                    | (f: (or a b))
        f:( a  or  "b c" )                            | (f: (or a "b c"))
        f:(a and not b)                               | (f: (and a (not b)))
        f:(not a)                                     | (f: (not a))
        f:(a or b and c)                              | (f: (or a (and b c)))
        f:((a or b) and c)                            | (f: (and (or a b) c))
        message:hello world                           | (message: hello world)
        message:hello   world  and b:c                | (and (message: hello   world) (b: c))
        f:a or b                                      | (or (f: a) (any b))
        f:or                                          | (f: or)
        f:a or                                        | (f: a or)
        f:a and                                       | (f: a and)
        f:nothing                                     | (f: nothing)
        f:cannot                                      | (f: cannot)
        f:a or or                                     | (or (f: a) (any or))
        (or x)                                        | (any or x)
        f:Create*                                     | (f: Create*)
        f:*Bucket*                                    | (f: *Bucket*)
        f:*                                           | (f: *)
        f:"*"                                         | (f: "*")
        f:"a*b"                                       | (f: "a*b")
        f:a?c                                         | (f: a?c)
        event.*:x                                     | (event.*: x)
        *:*                                           | (*: *)
        foo                                           | (any foo)
        4624                                          | (any 4624)
        "two words"                                   | (any "two words")
        bytes > 5                                     | (bytes > 5)
        bytes>=5                                      | (bytes >= 5)
        bytes < 5                                     | (bytes < 5)
        name <= "abc"                                 | (name <= "abc")
        @timestamp >= "2024-01-15T10:00:00Z"          | (@timestamp >= "2024-01-15T10:00:00Z")
        @timestamp >= 2024-01-15T10\\:00            | (@timestamp >= 2024-01-15T10:00)
        items:{ name:a and qty > 3 }                  | (nested items (and (name: a) (qty > 3)))
        a:{ b:{ c:d } }                               | (nested a (nested b (c: d)))
        not a:{ b:c }                                 | (not (nested a (b: c)))
        ''                                            | (all)
        '   '                                         | (all)
        """)
    void parsesGrammar(String kql, String expected) {
        assertThat(sexp(kql)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        f:a\\(b\\)              | (f: a(b))
        f:a\\:b                 | (f: a:b)
        f:\\<\\>\\{\\}          | (f: <>{})
        f:a\\*b                 | (f: a\\*b)
        f:a\\**                 | (f: a\\**)
        f:\\"x\\"               | (f: "x")
        f:C\\\\Windows          | (f: C\\Windows)
        f:\\or                  | (f: or)
        f:\\AND                 | (f: AND)
        f:a \\and b             | (f: a and b)
        f:\\u0041\\u00e9        | (f: Aé)
        f:"a\\"b"               | (f: "a"b")
        f:"a\\\\b"              | (f: "a\\b")
        f:"a\\qb"               | (f: "a\\qb")
        f:"\\u0041"             | (f: "A")
        """)
    void unescapes(String kql, String expected) {
        assertThat(sexp(kql)).isEqualTo(expected);
    }

    @Test
    void escapedWhitespaceAndKibanasOrderOfEscapes() {
        assertThat(term("f:a\\tb")).isEqualTo("a\tb");
        assertThat(term("f:\"a\\nb\"")).isEqualTo("a\nb");
        // Kibana tries \n before \not: "x\not" is x, a newline and "ot" (and a leading newline is trimmed)
        assertThat(term("f:x\\not")).isEqualTo("x\not");
        assertThat(term("f:\\not")).isEqualTo("ot");
        // values are trimmed as JavaScript trims them, escaped whitespace included
        assertThat(term("f:bar\\t")).isEqualTo("bar");
        assertThat(term("f:bar\u00A0")).isEqualTo("bar");
        assertThat(term("f:\"  padded  \"")).isEqualTo("  padded  ");
    }

    @Test
    void whitespaceOfAnyKindSeparates() {
        assertThat(sexp("a:1\n  and\tb:2\r\nor\u00A0c:3")).isEqualTo("(or (and (a: 1) (b: 2)) (c: 3))");
    }

    @Test
    void notInsideAWordFollowedBySpaceIsAKeywordAsInKibana() {
        assertThatThrownBy(() -> KqlParser.parse("f:cannot be", "<q>", 1, 1))
                .isInstanceOf(DiagnosticException.class)
                .hasMessage("<q>:1:6: error: expected 'and', 'or' or end of input but found 'not'");
    }

    @Test
    void spansPointAtTheSource() throws DiagnosticException {
        Query q = KqlParser.parse("a:1 and\n  b:(x or y)", "rule.toml", 40, 10);
        Query.And and = (Query.And) q;
        assertThat(and.span().toString()).isEqualTo("rule.toml:40:10");
        assertThat(and.operands().get(1).span().toString()).isEqualTo("rule.toml:41:3");
        Query.FieldValues second = (Query.FieldValues) and.operands().get(1);
        assertThat(second.values().span().toString()).isEqualTo("rule.toml:41:6");
    }

    private static String term(String kql) {
        try {
            Query.FieldValues fv = (Query.FieldValues) KqlParser.parse(kql, "<q>", 1, 1);
            return ((io.regionwatch.kql.ast.Term) fv.values()).text();
        } catch (DiagnosticException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
