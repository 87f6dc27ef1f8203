package io.regionwatch.kql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.kql.Events;
import io.regionwatch.kql.Kql;
import io.regionwatch.kql.KqlOptions;
import io.regionwatch.kql.KqlQuery;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Property: any text either parses or fails with diagnostics that point inside it, never with
 * another exception; whatever parses compiles (with a bound list too) and evaluates.
 */
class KqlRobustnessPropertyTest {
    private static final String[] PIECES = {"a", "b:", "c.d", " ", "\n", "\t", "(", ")", "{", "}", ":", "<", ">=", "\"",
        "\\", "\\u", "\\n", "*", " or ", " and ", "not ", "NOT ", "x*y", "1", "2024-01-02", "\u00A0", "é", "\\or"};

    @RepeatedTest(1000)
    void parsesOrReportsPositionsInside(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition() * 7919L);
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = random.nextInt(14); i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String text = sb.toString();
        int lines = text.split("\n", -1).length;
        try {
            KqlQuery query = Kql.parse(text, "<q>", 5, 3);
            Matcher matcher = query.compile(KqlOptions.defaults().bindList("a", List.of("x")).caseInsensitive(random.nextBoolean()));
            matcher.matches(Events.raw(Map.of("a", "x", "c", Map.of("d", List.of(1L, "2024-01-02T00:00:00Z")))));
        } catch (DiagnosticException e) {
            assertThat(e.diagnostics()).isNotEmpty();
            for (Diagnostic d : e.diagnostics()) {
                assertThat(d.span().line()).as(text).isBetween(5, 5 + lines - 1);
                assertThat(d.span().column()).as(text).isPositive();
                assertThat(d.message()).as(text).startsWith("expected ").contains(" but found ");
            }
        }
    }
}
