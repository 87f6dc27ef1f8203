package io.regionwatch.kql.lex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where Kibana's grammar makes a word a keyword, and where it stays part of a value. */
class KqlLexerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        a:b or c                  | UNQUOTED(a) COLON UNQUOTED(b) OR UNQUOTED(c)
        a:b OR c                  | UNQUOTED(a) COLON UNQUOTED(b) OR UNQUOTED(c)
        a:b or                    | UNQUOTED(a) COLON UNQUOTED(b or)
        a:b orc                   | UNQUOTED(a) COLON UNQUOTED(b orc)
        a: or b                   | UNQUOTED(a) COLON UNQUOTED(or b)
        (x) or(y)                 | LPAREN UNQUOTED(x) RPAREN UNQUOTED(or) LPAREN UNQUOTED(y) RPAREN
        not a                     | NOT UNQUOTED(a)
        not(a)                    | UNQUOTED(not) LPAREN UNQUOTED(a) RPAREN
        knot                      | UNQUOTED(knot)
        'knot x'                  | UNQUOTED(k) NOT UNQUOTED(x)
        '"a" and "b"'             | QUOTED(a) AND QUOTED(b)
        a>=1                      | UNQUOTED(a) GE UNQUOTED(1)
        a < b                     | UNQUOTED(a) LT UNQUOTED(b)
        x*y*                      | UNQUOTED(x*y*)
        '{a:b}'                   | LBRACE UNQUOTED(a) COLON UNQUOTED(b) RBRACE
        """)
    void tokenizesAsKibanaParses(String text, String expected) {
        KqlLexer lexer = new KqlLexer(text, new SourceMap(text, "<q>", 1, 1));
        List<Token> tokens = lexer.tokenize();
        assertThat(lexer.diagnostics()).isEmpty();
        assertThat(tokens.get(tokens.size() - 1).type()).isEqualTo(TokenType.EOF);
        String rendered = tokens.subList(0, tokens.size() - 1).stream()
                .map(t -> t.type() == TokenType.UNQUOTED || t.type() == TokenType.QUOTED
                        ? t.type() + "(" + t.text() + ")" : t.type().name())
                .collect(Collectors.joining(" "));
        assertThat(rendered).isEqualTo(expected);
    }
}
