package io.regionwatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.event.Origin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMatchesTest {
    private static final FieldPath REGION = FieldPath.of("cloud.region");

    private static Event event(Object region) {
        return new Event(region == null ? Map.of() : Map.of("cloud", Map.of("region", region)), Origin.UNKNOWN);
    }

    private static Matcher in(String... values) {
        return new FieldMatches(REGION, new TermSet(List.of((Object[]) values), false));
    }

    @Test
    void missingFieldFailsPositiveAndPassesNegatedTest() {
        assertThat(in("us-east-1").matches(event(null))).isFalse();
        assertThat(new Not(in("us-east-1")).matches(event(null))).isTrue();
    }

    @Test
    void multiValuedMatchesWhenAnyElementDoesAndNegationWhenNone() {
        Event both = event(List.of("eu-west-3", "us-east-1"));
        assertThat(in("us-east-1").matches(both)).isTrue();
        assertThat(new Not(in("us-east-1")).matches(both)).isFalse();
        assertThat(new Not(in("ap-south-1")).matches(both)).isTrue();
    }

    @Test
    void existsIsFalseForMissingAndTrueForEmptyString() {
        assertThat(new FieldExists(REGION).matches(event(null))).isFalse();
        assertThat(new FieldExists(REGION).matches(event(""))).isTrue();
        assertThat(new FieldExists(REGION).matches(event(List.of()))).isFalse();
    }

    @Test
    void termsAreCaseSensitiveUnlessFolded() {
        Event e = event("Microsoft.Compute/virtualMachines/write");
        assertThat(in("MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE").matches(e)).isFalse();
        Matcher folded = new FieldMatches(REGION, new TermSet(List.of("MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE"), true));
        assertThat(folded.matches(e)).isTrue();
        assertThat(in("*").matches(event("eu"))).isFalse();
    }

    @Test
    void numbersMeetAcrossTypesAndStringLiterals() {
        TermSet set = new TermSet(List.of(5L, "7"), false);
        assertThat(set.test(5L)).isTrue();
        assertThat(set.test(5.0)).isTrue();
        assertThat(set.test(7L)).isTrue();
        assertThat(set.test("5")).isTrue();
        assertThat(set.test(6L)).isFalse();
    }

    @Test
    void wildcardIsWholeValueWithLiteralBackslash() {
        assertThat(new Wildcard("*\\sam\\*", true).test("C:\\SAM\\x")).isTrue();
        assertThat(new Wildcard("a?c", false).test("abc")).isTrue();
        assertThat(new Wildcard("a?c", false).test("abbc")).isFalse();
        assertThat(new Wildcard("%*%*", false).test("%a%")).isTrue();
        assertThat(new Wildcard("ab", false).test("abc")).isFalse();
    }

    @Test
    void rangeComparesStringsByCodeUnit() {
        assertThat(new Range(Range.Op.LT, "foo").test("Foo")).isTrue();
        assertThat(new Range(Range.Op.GE, 0L).test(0L)).isTrue();
        assertThat(new Range(Range.Op.GE, 0L).test("x")).isFalse();
    }

    @Test
    void cidrMatchesIpv4AndIpv6() {
        Cidr cidr = new Cidr(List.of("10.6.48.157/8", "2001:db8::/32"));
        assertThat(cidr.test("10.1.2.3")).isTrue();
        assertThat(cidr.test("11.1.2.3")).isFalse();
        assertThat(cidr.test("2001:db8::1")).isTrue();
        assertThat(cidr.test("example.com")).isFalse();
    }

    @Test
    void triFollowsSqlLogic() {
        assertThat(Tri.and(null, false)).isFalse();
        assertThat(Tri.or(null, true)).isTrue();
        assertThat(Tri.not(null)).isNull();
        assertThat(Tri.and(null, true)).isNull();
    }

    @Test
    void scriptTriesEveryElementOfMultiValuedFields() {
        ValueExpr longerThanThree = fields -> fields[0] == null ? null : ((String) fields[0]).length() > 3;
        ScriptMatcher m = new ScriptMatcher(List.of(REGION), longerThanThree);
        assertThat(m.matches(event(List.of("eu", "eu-west-3")))).isTrue();
        assertThat(m.matches(event(List.of("eu", "us")))).isFalse();
        assertThat(m.matches(event(null))).isFalse();
    }
}
