package io.regionwatch.sigma;

import static io.regionwatch.sigma.TestRules.event;
import static io.regionwatch.sigma.TestRules.matches;
import static io.regionwatch.sigma.TestRules.rule;
import static io.regionwatch.sigma.TestRules.selects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain values, wildcards, escapes, case, null, numbers, booleans, lists and maps (spec v2.1). */
class ValueSemanticsTest {
    private static final String ACTION = "event.action";

    @Test
    void plainValueIsWholeValueAndCaseInsensitive() throws Exception {
        assertThat(selects("eventName", "CreateUser", ACTION, "createuser")).isTrue();
        assertThat(selects("eventName", "CreateUser", ACTION, "CreateUsers")).isFalse();
        assertThat(selects("eventName", "CreateUser", ACTION, "xCreateUser")).isFalse();
    }

    @Test
    void starAndQuestionMarkAreWildcards() throws Exception {
        assertThat(selects("eventName", "'Create*'", ACTION, "CreateBucket")).isTrue();
        assertThat(selects("eventName", "'Get?bject'", ACTION, "GetObject")).isTrue();
        assertThat(selects("eventName", "'Get?bject'", ACTION, "GetObbject")).isFalse();
        assertThat(selects("eventName", "'*Key*Pair'", ACTION, "CreateKeyPair")).isTrue();
        assertThat(selects("eventName", "'*Key*Pair'", ACTION, "CreateKeyPairs")).isFalse();
    }

    @Test
    void escapedWildcardsAreLiteral() throws Exception {
        assertThat(selects("eventName", "'a\\*b'", ACTION, "a*b")).isTrue();
        assertThat(selects("eventName", "'a\\*b'", ACTION, "axb")).isFalse();
        assertThat(selects("eventName", "'a\\?'", ACTION, "a?")).isTrue();
        assertThat(selects("eventName", "'a\\?'", ACTION, "ab")).isFalse();
    }

    @Test
    void backslashRules() throws Exception {
        // \\* is a literal backslash followed by a wildcard
        assertThat(selects("eventName", "'a\\\\*'", ACTION, "a\\xyz")).isTrue();
        assertThat(selects("eventName", "'a\\\\*'", ACTION, "axyz")).isFalse();
        // \\\* is a literal backslash followed by a literal star
        assertThat(selects("eventName", "'a\\\\\\*'", ACTION, "a\\*")).isTrue();
        assertThat(selects("eventName", "'a\\\\\\*'", ACTION, "a\\x")).isFalse();
        // a lone backslash before another character is literal; \\ means the same single backslash
        assertThat(selects("eventName", "'C:\\Windows'", ACTION, "c:\\windows")).isTrue();
        assertThat(selects("eventName", "'C:\\\\Windows'", ACTION, "C:\\Windows")).isTrue();
        // \\\\ is two backslashes
        assertThat(selects("eventName", "'a\\\\\\\\b'", ACTION, "a\\\\b")).isTrue();
    }

    @Test
    void emptyStringIsEmptyNotMissing() throws Exception {
        assertThat(selects("eventName", "''", ACTION, "")).isTrue();
        assertThat(matches(rule("  selection:\n    eventName: ''\n  condition: selection\n"), event())).isFalse();
    }

    @Test
    void nullMeansMissing() throws Exception {
        CompiledSigmaRule r = rule("  selection:\n    errorCode: null\n  condition: selection\n");
        assertThat(matches(r, event())).isTrue();
        assertThat(matches(r, event("aws.cloudtrail.error_code", "AccessDenied"))).isFalse();
        CompiledSigmaRule notNull = rule("  selection:\n    errorCode: null\n  condition: not selection\n");
        assertThat(matches(notNull, event("aws.cloudtrail.error_code", "AccessDenied"))).isTrue();
    }

    @Test
    void nullInsideAListIsRejected() {
        assertThat(TestRules.errors("  selection:\n    errorCode:\n      - null\n      - x\n  condition: selection\n"))
                .singleElement().asString().contains("test.yml:8:9").contains("null cannot be part of a value list");
    }

    @Test
    void numbersMatchNumbersAndTheirText() throws Exception {
        assertThat(selects("event.code", "403", "event.code", 403L)).isTrue();
        assertThat(selects("event.code", "403", "event.code", "403")).isTrue();
        assertThat(selects("event.code", "403", "event.code", 404L)).isFalse();
        assertThat(selects("event.code", "1.5", "event.code", 1.5)).isTrue();
    }

    @Test
    void booleans() throws Exception {
        assertThat(selects("readOnly", "true", "aws.cloudtrail.read_only", true)).isTrue();
        assertThat(selects("readOnly", "true", "aws.cloudtrail.read_only", "true")).isTrue();
        assertThat(selects("readOnly", "true", "aws.cloudtrail.read_only", false)).isFalse();
    }

    @Test
    void listIsOrMapIsAnd() throws Exception {
        CompiledSigmaRule r = rule("  selection:\n    eventName:\n      - RunInstances\n      - 'Create*'\n"
                + "    eventSource: ec2.amazonaws.com\n  condition: selection\n");
        assertThat(matches(r, event(ACTION, "RunInstances", "event.provider", "ec2.amazonaws.com"))).isTrue();
        assertThat(matches(r, event(ACTION, "CreateVpc", "event.provider", "ec2.amazonaws.com"))).isTrue();
        assertThat(matches(r, event(ACTION, "CreateVpc", "event.provider", "s3.amazonaws.com"))).isFalse();
        assertThat(matches(r, event(ACTION, "StopInstances", "event.provider", "ec2.amazonaws.com"))).isFalse();
    }

    @Test
    void listOfMapsIsOr() throws Exception {
        CompiledSigmaRule r = rule("  selection:\n    - eventName: A\n    - eventSource: b\n  condition: selection\n");
        assertThat(matches(r, event(ACTION, "a"))).isTrue();
        assertThat(matches(r, event("event.provider", "B"))).isTrue();
        assertThat(matches(r, event(ACTION, "b"))).isFalse();
    }

    @Test
    void multiValuedFieldMatchesWhenAnyElementDoes() throws Exception {
        assertThat(selects("event.category", "iam", "event.category", List.of("authentication", "iam"))).isTrue();
    }

    @Test
    void keywordsSearchEveryValueOfTheEvent() throws Exception {
        CompiledSigmaRule r = rule("  keywords:\n    - 'roleAssignments/write'\n    - 'deployments/write'\n"
                + "  condition: keywords\n");
        assertThat(matches(r, event(ACTION, "MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE"))).isTrue();
        assertThat(matches(r, event("a.b", List.of("x", "Microsoft.Resources/deployments/write")))).isTrue();
        assertThat(matches(r, event(ACTION, "Microsoft.Compute/virtualMachines/write"))).isFalse();
    }

    @Test
    void keywordsSearchNumbersAsText() throws Exception {
        CompiledSigmaRule r = rule("  keywords:\n    - 403\n  condition: keywords\n");
        assertThat(matches(r, event("http.response.status_code", 403L))).isTrue();
        assertThat(matches(r, event("http.response.status_code", 404L))).isFalse();
    }

    @Test
    void keywordsWithAllMustAllOccur() throws Exception {
        CompiledSigmaRule r = rule("  keywords:\n    '|all':\n      - alpha\n      - beta\n  condition: keywords\n");
        assertThat(matches(r, event("a", "alpha", "b", "xbetax"))).isTrue();
        assertThat(matches(r, event("a", "alpha"))).isFalse();
    }

    @Test
    void logSourceConditionIsAndedIn() throws Exception {
        CompiledSigmaRule r = rule("  selection:\n    eventName: X\n  condition: selection\n");
        var other = new io.regionwatch.core.event.DocumentBuilder().set("event.dataset", "azure.activitylogs")
                .set(ACTION, "X").build(io.regionwatch.core.event.Origin.UNKNOWN);
        assertThat(matches(r, other)).isFalse();
        assertThat(matches(r, event(ACTION, "X"))).isTrue();
    }
}
