package io.regionwatch.eql.lex;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private List<Token> lex(String text) {
        return new Lexer(text, "t", 1, 1, diagnostics).tokenize();
    }

    @Test
    void decodesStringsRawStringsBackticksAndNumbers() {
        List<Token> t = lex("\"a\\tb\\u{1F600}\" \"\"\"C:\\raw\"\"\" `my-f``x` 42 4.5 1e3");
        assertThat(t).extracting(Token::value)
                .containsExactly("a\tb\uD83D\uDE00", "C:\\raw", "my-f`x", 42L, 4.5, 1000.0, null);
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void tracksLinesColumnsAndStartingOffset() {
        List<Token> t = new Lexer("any where\n  a == 1", "f.toml", 40, 9, diagnostics).tokenize();
        assertThat(t.get(0).span().toString()).isEqualTo("f.toml:40:9");
        assertThat(t.get(2).span().toString()).isEqualTo("f.toml:41:3");
    }

    @Test
    void skipsCommentsAndMarksAdjacency() {
        List<Token> t = lex("a in~ /* c */ b // rest\n in ~");
        assertThat(t).extracting(Token::kind).containsExactly(TokenKind.IDENTIFIER, TokenKind.IN, TokenKind.TILDE,
                TokenKind.IDENTIFIER, TokenKind.IN, TokenKind.TILDE, TokenKind.EOF);
        assertThat(t.get(2).spaceBefore()).isFalse();
        assertThat(t.get(5).spaceBefore()).isTrue();
    }

    @Test
    void reportsEveryLexicalErrorAndKeepsGoing() {
        lex("'single' # \"bad \\x\" \"open");
        assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
                "single-quoted strings are not supported; use double quotes",
                "unexpected character '#'",
                "invalid escape sequence '\\x'; supported: \\n \\r \\t \\\\ \\\" \\u{XXXX}",
                "unterminated string");
    }
}
