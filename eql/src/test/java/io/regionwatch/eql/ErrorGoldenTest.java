package io.regionwatch.eql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the diagnostics for malformed queries: each {@code errors/NN.eql} has the exact expected
 * output beside it in {@code NN.expected}, one diagnostic per line.
 */
class ErrorGoldenTest {
    @TestFactory
    Stream<DynamicTest> everyMalformedQueryReportsTheExpectedDiagnostics() throws IOException, URISyntaxException {
        Path dir = Path.of(ErrorGoldenTest.class.getResource("/errors").toURI());
        List<Path> queries;
        try (Stream<Path> files = Files.list(dir)) {
            queries = files.filter(p -> p.toString().endsWith(".eql")).sorted().toList();
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(20);
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> check(q)));
    }

    private static void check(Path query) throws IOException {
        String name = query.getFileName().toString();
        String expected = Files.readString(query.resolveSibling(name.replace(".eql", ".expected")));
        assertThatThrownBy(() -> Eql.parse(Files.readString(query), name))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(render((DiagnosticException) e)).isEqualTo(expected));
    }

    private static String render(DiagnosticException e) {
        return e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void embeddedQueryReportsPositionsInTheEnclosingFile() {
        assertThatThrownBy(() -> Eql.parse("any where\n  a == 1 and\n  b = 2", "rules/x.toml", 40, 10))
                .isInstanceOf(DiagnosticException.class)
                .hasMessage("rules/x.toml:42:5: error: '=' is not supported; use '==' or ':'");
        assertThatThrownBy(() -> Eql.parse("any where ==", "rules/x.toml", 40, 10))
                .hasMessage("rules/x.toml:40:20: error: expected an expression but found '=='");
    }

    @Test
    void diagnosticsCarryTheSpanOfTheOffendingToken() {
        assertThatThrownBy(() -> Eql.parse("process where a == 1 and (b == 2", "q"))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> {
                    Diagnostic d = ((DiagnosticException) e).diagnostics().get(0);
                    assertThat(d.span().line()).isEqualTo(1);
                    assertThat(d.span().column()).isEqualTo(33);
                    assertThat(d.message()).isEqualTo("expected ')' but found end of query");
                });
    }
}
