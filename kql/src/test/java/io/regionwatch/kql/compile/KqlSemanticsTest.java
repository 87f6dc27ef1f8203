package io.regionwatch.kql.compile;

import static io.regionwatch.kql.Events.compile;
import static io.regionwatch.kql.Events.event;
import static io.regionwatch.kql.Events.matches;
import static io.regionwatch.kql.Events.raw;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.kql.KqlOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kibana's semantics on keyword fields, event by event (sources: Kibana is.ts, wildcard.ts, range.ts). */
class KqlSemanticsTest {
    private static final Event CREATE = event("event.action", "CreateAccessKey", "event.outcome", "success");

    @Test
    void termsAreExactAndCaseSensitiveQuotedOrNot() {
        assertThat(matches("event.action:CreateAccessKey", CREATE)).isTrue();
        assertThat(matches("event.action:\"CreateAccessKey\"", CREATE)).isTrue();
        assertThat(matches("event.action:createaccesskey", CREATE)).isFalse();
        assertThat(matches("event.action:Create", CREATE)).isFalse();
        assertThat(matches("event.action:\"Create AccessKey\"", CREATE)).isFalse();
    }

    @Test
    void caseInsensitiveOptionFoldsTermsAndWildcards() {
        KqlOptions folded = KqlOptions.defaults().caseInsensitive(true);
        assertThat(compile("event.action:createaccesskey", folded).matches(CREATE)).isTrue();
        assertThat(compile("event.action:create*", folded).matches(CREATE)).isTrue();
        assertThat(compile("event.action:create*").matches(CREATE)).isFalse();
    }

    @Test
    void onlyStarIsAWildcardAndOnlyWhenUnquotedAndUnescaped() {
        assertThat(matches("event.action:Create*", CREATE)).isTrue();
        assertThat(matches("event.action:*Access*", CREATE)).isTrue();
        assertThat(matches("event.action:C*e*y", CREATE)).isTrue();
        assertThat(matches("event.action:*access*", CREATE)).isFalse();
        assertThat(matches("event.action:\"Create*\"", CREATE)).isFalse();
        assertThat(matches("event.action:Create\\*", CREATE)).isFalse();
        assertThat(matches("f:\"Create*\"", event("f", "Create*"))).isTrue();
        assertThat(matches("f:Create\\*", event("f", "Create*"))).isTrue();
        // '?' is literal: Kibana escapes it before building the wildcard query
        assertThat(matches("f:a?c", event("f", "abc"))).isFalse();
        assertThat(matches("f:a?c", event("f", "a?c"))).isTrue();
        assertThat(matches("f:a?*", event("f", "a?c"))).isTrue();
    }

    @Test
    void loneStarIsExists() {
        assertThat(matches("f:*", event("f", ""))).isTrue();
        assertThat(matches("f:*", event("f", 0L))).isTrue();
        assertThat(matches("f:*", event("g", "x"))).isFalse();
        assertThat(matches("f:*", raw(Map.of("f", List.of())))).isFalse();
        assertThat(matches("not f:*", event("g", "x"))).isTrue();
        assertThat(matches("f:(x or *)", event("f", "y"))).isTrue();
    }

    @Test
    void missingFieldFailsPositiveAndPassesNegatedQueries() {
        Event none = event("other", "x");
        assertThat(matches("cloud.region:us-east-1", none)).isFalse();
        assertThat(matches("not cloud.region:us-east-1", none)).isTrue();
        assertThat(matches("not cloud.region:(us-east-1 or eu-west-1)", none)).isTrue();
        assertThat(matches("cloud.region:(not us-east-1)", none)).isTrue();
        assertThat(matches("bytes > 5", none)).isFalse();
        assertThat(matches("not bytes > 5", none)).isTrue();
    }

    @Test
    void multiValuedFieldsMatchWhenAnyElementDoesAndNegationWhenNone() {
        Event tags = event("tags", List.of("a", "b"));
        assertThat(matches("tags:a", tags)).isTrue();
        assertThat(matches("tags:c", tags)).isFalse();
        assertThat(matches("not tags:a", tags)).isFalse();
        assertThat(matches("not tags:c", tags)).isTrue();
        assertThat(matches("tags:(a and b)", tags)).isTrue();
        assertThat(matches("tags:(a and c)", tags)).isFalse();
        assertThat(matches("tags:(not a)", tags)).isFalse();
        assertThat(matches("tags:(c or b*)", tags)).isTrue();
    }

    @Test
    void numbersAndBooleansMeetTheirTextualForms() {
        assertThat(matches("port:22", event("port", 22L))).isTrue();
        assertThat(matches("port:22", event("port", "22"))).isTrue();
        assertThat(matches("port:(21 or 22)", event("port", 22))).isTrue();
        assertThat(matches("port:23", event("port", 22L))).isFalse();
        assertThat(matches("flag:true", event("flag", true))).isTrue();
        assertThat(matches("flag:false", event("flag", true))).isFalse();
    }

    @Test
    void rangesCompareNumbersNumericallyAndStringsLexicographically() {
        assertThat(matches("bytes > 100", event("bytes", 101L))).isTrue();
        assertThat(matches("bytes > 100", event("bytes", 100L))).isFalse();
        assertThat(matches("bytes >= 100", event("bytes", 100L))).isTrue();
        assertThat(matches("bytes < 100", event("bytes", 99.5))).isTrue();
        assertThat(matches("bytes <= 100", event("bytes", 101L))).isFalse();
        assertThat(matches("name < m", event("name", "alice"))).isTrue();
        assertThat(matches("name < m", event("name", "zed"))).isFalse();
        assertThat(matches("bytes > 5", event("bytes", List.of(1L, 9L)))).isTrue();
    }

    @Test
    void dateRangesRoundMissingComponentsAsElasticsearchDoes() {
        Event morning = event("@timestamp", "2024-01-15T10:00:00.000Z");
        assertThat(matches("@timestamp >= 2024-01-15", morning)).isTrue();
        assertThat(matches("@timestamp > 2024-01-15", morning)).isFalse();
        assertThat(matches("@timestamp <= 2024-01-15", morning)).isTrue();
        assertThat(matches("@timestamp < 2024-01-15", morning)).isFalse();
        assertThat(matches("@timestamp < 2024-01-16", morning)).isTrue();
        assertThat(matches("@timestamp > \"2024-01-15T09:59:59Z\"", morning)).isTrue();
        assertThat(matches("@timestamp > \"2024-01-15T11:00:00+02:00\"", morning)).isTrue();
        assertThat(matches("@timestamp <= 2024-01", event("@timestamp", "2024-01-31T23:59:59.999Z"))).isTrue();
        assertThat(matches("@timestamp > 2023", morning)).isTrue();
        assertThat(matches("port > 2023", event("port", 8080L))).isTrue();
    }

    @Test
    void nestedQueriesHoldWithinOneObject() {
        Event order = raw(Map.of("items", List.of(
                Map.of("name", "a", "qty", 1L),
                Map.of("name", "b", "qty", 5L))));
        assertThat(matches("items:{ name:b and qty > 3 }", order)).isTrue();
        assertThat(matches("items:{ name:a and qty > 3 }", order)).isFalse();
        assertThat(matches("items.name:a and items.qty > 3", order)).isTrue();
        assertThat(matches("not items:{ name:a and qty > 3 }", order)).isTrue();
        assertThat(matches("items:{ name:c }", event("x", 1L))).isFalse();
        assertThat(matches("user:{ name:bob }", event("user.name", "bob"))).isTrue();
    }

    @Test
    void fieldPatternsAndBareValuesSearchEveryMatchingField() {
        Event e = event("event.action", "RunInstances", "cloud.region", "eu-west-3", "port", 4624L);
        assertThat(matches("event.*:RunInstances", e)).isTrue();
        assertThat(matches("cloud.*:RunInstances", e)).isFalse();
        assertThat(matches("*.region:eu-*", e)).isTrue();
        assertThat(matches("*:RunInstances", e)).isTrue();
        assertThat(matches("RunInstances", e)).isTrue();
        assertThat(matches("\"eu-west-3\"", e)).isTrue();
        assertThat(matches("4624", e)).isTrue();
        assertThat(matches("runinstances", e)).isFalse();
        assertThat(matches("event.*:*", e)).isTrue();
        assertThat(matches("host.*:*", e)).isFalse();
        assertThat(matches("*:*", event())).isTrue();
        assertThat(matches("", e)).isTrue();
    }

    @Test
    void dottedKeysAreTheSameFieldAsNestedObjects() {
        assertThat(matches("event.action:x", raw(Map.of("event.action", "x")))).isTrue();
        assertThat(matches("event.*:x", raw(Map.of("event.action", "x")))).isTrue();
    }

    @Test
    void cidrBlocksMatchIpFieldsOnly() {
        assertThat(matches("source.ip:10.0.0.0/8", event("source.ip", "10.1.2.3"))).isTrue();
        assertThat(matches("source.ip:\"10.0.0.0/8\"", event("source.ip", "11.1.2.3"))).isFalse();
        assertThat(matches("source.ip:(192.168.0.0/16 or 10.1.2.3)", event("source.ip", "10.1.2.3"))).isTrue();
        assertThat(matches("rule.cidr:\"0.0.0.0/0\"", event("rule.cidr", "10.1.2.3"))).isFalse();
        assertThat(matches("rule.cidr:\"0.0.0.0/0\"", event("rule.cidr", "0.0.0.0/0"))).isTrue();
    }

    @Test
    void precedenceDecidesMeaning() {
        Event e = event("a", "1", "c", "3");
        assertThat(matches("a:1 or b:2 and c:4", e)).isTrue();
        assertThat(matches("(a:1 or b:2) and c:4", e)).isFalse();
        assertThat(matches("not a:1 or c:3", e)).isTrue();
        assertThat(matches("not (a:1 or c:3)", e)).isFalse();
    }
}
