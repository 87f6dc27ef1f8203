package io.regionwatch.sigma;

import static io.regionwatch.sigma.TestRules.errors;
import static io.regionwatch.sigma.TestRules.event;
import static io.regionwatch.sigma.TestRules.matches;
import static io.regionwatch.sigma.TestRules.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import org.junit.jupiter.api.Test;

/** The condition grammar: operators, precedence, quantifiers, list conditions and positioned errors. */
class ConditionTest {
    /** Four selections a..d on event.action, event.provider, cloud.region, user.name equal to "x". */
    private static final String SEARCHES = "  a:\n    eventName: x\n  b:\n    eventSource: x\n"
            + "  c:\n    awsRegion: x\n  _d:\n    userIdentity.userName: x\n";

    private static boolean eval(String condition, boolean a, boolean b, boolean c, boolean d) throws Exception {
        CompiledSigmaRule r = rule(SEARCHES + "  condition: " + condition + "\n");
        return matches(r, ev(a, b, c, d));
    }

    private static Event ev(boolean a, boolean b, boolean c, boolean d) {
        return event("event.action", a ? "x" : "y", "event.provider", b ? "x" : "y",
                "cloud.region", c ? "x" : "y", "user.name", d ? "x" : "y");
    }

    @Test
    void andBindsTighterThanOr() throws Exception {
        // a or b and c == a or (b and c)
        assertThat(eval("a or b and c", true, false, false, false)).isTrue();
        assertThat(eval("a or b and c", false, true, false, false)).isFalse();
        assertThat(eval("b and c or a", true, false, false, false)).isTrue();
    }

    @Test
    void notBindsTighterThanAnd() throws Exception {
        // not a and b == (not a) and b
        assertThat(eval("not a and b", false, true, false, false)).isTrue();
        assertThat(eval("not a and b", true, false, false, false)).isFalse();
        assertThat(eval("not (a and b)", true, false, false, false)).isTrue();
        assertThat(eval("not not a", true, false, false, false)).isTrue();
    }

    @Test
    void parenthesesGroup() throws Exception {
        assertThat(eval("(a or b) and c", true, false, false, false)).isFalse();
        assertThat(eval("(a or b) and c", true, false, true, false)).isTrue();
        assertThat(eval("((a))", true, false, false, false)).isTrue();
    }

    @Test
    void quantifiersOverPatterns() throws Exception {
        CompiledSigmaRule r = rule("  sel_a:\n    eventName: x\n  sel_b:\n    eventSource: x\n  other:\n    awsRegion: x\n"
                + "  condition: 1 of sel_*\n");
        assertThat(matches(r, ev(false, true, false, false))).isTrue();
        assertThat(matches(r, ev(false, false, true, false))).isFalse();
        CompiledSigmaRule all = rule("  sel_a:\n    eventName: x\n  sel_b:\n    eventSource: x\n"
                + "  condition: all of sel_*\n");
        assertThat(matches(all, ev(true, true, false, false))).isTrue();
        assertThat(matches(all, ev(true, false, false, false))).isFalse();
        CompiledSigmaRule any = rule("  sel_a:\n    eventName: x\n  condition: any of sel*\n");
        assertThat(matches(any, ev(true, false, false, false))).isTrue();
    }

    @Test
    void themExcludesUnderscoreIdentifiers() throws Exception {
        assertThat(eval("all of them", true, true, true, false)).isTrue();
        assertThat(eval("1 of them", false, false, false, true)).isFalse();
        assertThat(eval("1 of them", false, false, true, false)).isTrue();
    }

    @Test
    void quantifierBindsTighterThanNot() throws Exception {
        assertThat(eval("a and not 1 of _*", true, false, false, false)).isTrue();
        assertThat(eval("a and not 1 of _*", true, false, false, true)).isFalse();
    }

    @Test
    void conditionListIsOr() throws Exception {
        CompiledSigmaRule r = rule(SEARCHES + "  condition:\n    - a and b\n    - c\n");
        assertThat(matches(r, ev(false, false, true, false))).isTrue();
        assertThat(matches(r, ev(true, true, false, false))).isTrue();
        assertThat(matches(r, ev(true, false, false, false))).isFalse();
    }

    @Test
    void syntaxErrorsArePositioned() {
        // the condition line is line 14 of the test file (header 6 lines + 8 search lines); text starts at column 14
        assertThat(errors(SEARCHES + "  condition: a and\n")).singleElement().asString()
                .contains("test.yml:14:19").contains("end of the condition");
        assertThat(errors(SEARCHES + "  condition: (a or b\n")).singleElement().asString()
                .contains("test.yml:14:21").contains("expected ')'");
        assertThat(errors(SEARCHES + "  condition: a b\n")).singleElement().asString()
                .contains("test.yml:14:16").contains("found 'b'");
        assertThat(errors(SEARCHES + "  condition: a & b\n")).singleElement().asString()
                .contains("test.yml:14:16").contains("unexpected character '&'");
        assertThat(errors(SEARCHES + "  condition: sel*\n")).singleElement().asString().contains("needs '1 of'");
        assertThat(errors(SEARCHES + "  condition: 1 of\n")).singleElement().asString().contains("pattern or 'them'");
    }

    @Test
    void quotedConditionColumnsSkipTheQuote() {
        // the quote is column 14, so "a or" starts at 15 and its end is column 19
        assertThat(errors(SEARCHES + "  condition: 'a or'\n")).singleElement().asString().contains("test.yml:14:19");
    }

    @Test
    void unknownIdentifiersAndEmptyPatternsAreErrors() {
        assertThat(errors(SEARCHES + "  condition: a and nope\n")).singleElement().asString()
                .contains("test.yml:14:20").contains("unknown search identifier 'nope'");
        assertThat(errors(SEARCHES + "  condition: 1 of filter_*\n")).singleElement().asString()
                .contains("matches no search identifier");
    }

    @Test
    void unusedSearchIdentifiersAreWarnings() throws Exception {
        CompiledSigmaRule r = rule(SEARCHES + "  condition: a or 1 of _*\n");
        assertThat(r.warnings()).extracting(Object::toString).containsExactlyInAnyOrder(
                "test.yml:8:3: warning: search identifier 'b' is not used by the condition",
                "test.yml:10:3: warning: search identifier 'c' is not used by the condition");
    }

    @Test
    void upperCaseKeywordsAreNotOperators() {
        assertThat(errors(SEARCHES + "  condition: a AND b\n")).singleElement().asString().contains("found 'AND'");
    }
}
