package io.regionwatch.kql.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table: malformed query, then every error as {@code line:col: message} joined by " / ". */
class KqlErrorTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        event.action:               | 1:14: expected a value, '(' or '{' but found end of input
        'a:1 and '                  | 1:9: expected a field name, a value, '(' or 'not' but found end of input
        a:(b or c                   | 1:10: expected 'and', 'or' or ')' but found end of input
        a:b)                        | 1:4: expected 'and', 'or' or end of input but found ')'
        (a:b                        | 1:5: expected 'and', 'or' or ')' but found end of input
        a:"unterminated             | 1:3: expected '"' to close the quoted string but found end of input
        a:b\\x                      | 1:4: expected an escape sequence (\\\\ \\( \\) \\: \\< \\> \\" \\* \\{ \\} \\t \\r \\n \\uXXXX \\and \\or \\not) but found '\\x'
        a:\\u00zz                   | 1:3: expected an escape sequence (\\\\ \\( \\) \\: \\< \\> \\" \\* \\{ \\} \\t \\r \\n \\uXXXX \\and \\or \\not) but found '\\u'
        :b                          | 1:1: expected a field name, a value, '(' or 'not' but found ':'
        a:b c:d                     | 1:6: expected 'and', 'or' or end of input but found ':'
        'a >'                       | 1:4: expected a value to compare with but found end of input
        a >= (1)                    | 1:6: expected a value to compare with but found '('
        a:{b:c                      | 1:7: expected 'and', 'or' or '}' but found end of input
        a:()                        | 1:4: expected a value, '(' or 'not' but found ')'
        a:(b or )                   | 1:9: expected a value, '(' or 'not' but found ')'
        not(a:b)                    | 1:4: expected 'and', 'or' or end of input but found '('
        'not not a:b'               | 1:5: expected a field name, a value, '(' or 'not' but found 'not'
        '(a:b) or(c:d)'             | 1:7: expected 'and', 'or' or end of input but found value 'or'
        '"a" b'                     | 1:5: expected 'and', 'or' or end of input but found value 'b'
        'a:b) and c:(d or ) and :e' | 1:4: expected 'and', 'or' or end of input but found ')' / 1:18: expected a value, '(' or 'not' but found ')' / 1:24: expected a field name, a value, '(' or 'not' but found ':'
        'a:"x and b:(c'             | 1:3: expected '"' to close the quoted string but found end of input
        """)
    void reportsEveryErrorWithItsPosition(String kql, String expected) {
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> KqlParser.parse(kql, "<q>", 1, 1));
        assertThat(e).as("no error for %s", kql).isNotNull();
        assertThat(render(e.diagnostics())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        'a:b and\\n  c:(d'                | rule.toml:41:7: error: expected 'and', 'or' or ')' but found end of input
        'a:b)'                            | rule.toml:40:12: error: expected 'and', 'or' or end of input but found ')'
        'x:1 and\\n\\n\\ty:"open'         | rule.toml:42:4: error: expected '"' to close the quoted string but found end of input
        """)
    void embeddedQueriesReportTheFilesLinesAndColumns(String kql, String expected) {
        String text = kql.replace("\\n", "\n").replace("\\t", "\t");
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class,
                () -> KqlParser.parse(text, "rule.toml", 40, 9));
        assertThat(e.getMessage()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nestingIsBoundedSoHostileTextCannotOverflowTheStack() {
        String deep = "(".repeat(5000) + "a:b" + ")".repeat(5000);
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> KqlParser.parse(deep, "<q>", 1, 1));
        assertThat(render(e.diagnostics())).isEqualTo("1:101: expected at most 100 levels of nesting but found another '('");
        String ok = "(".repeat(100) + "a:b" + ")".repeat(100);
        org.assertj.core.api.Assertions.assertThatCode(() -> KqlParser.parse(ok, "<q>", 1, 1)).doesNotThrowAnyException();
    }

    private static String render(List<Diagnostic> diagnostics) {
        return String.join(" / ", diagnostics.stream()
                .map(d -> d.span().line() + ":" + d.span().column() + ": " + d.message()).toList());
    }
}
