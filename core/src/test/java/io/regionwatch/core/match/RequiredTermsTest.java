package io.regionwatch.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.FieldPath;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredTermsTest {
    private static final FieldPath ACTION = FieldPath.of("event.action");
    private static final FieldPath REGION = FieldPath.of("cloud.region");

    private static Matcher action(boolean fold, String... values) {
        return new FieldMatches(ACTION, new TermSet(List.of(values), fold));
    }

    private static Matcher region(String value) {
        return new FieldMatches(REGION, new TermSet(List.of(value), false));
    }

    @Test
    void aTermTestOnTheFieldGivesItsValuesFolded() {
        assertThat(RequiredTerms.of(action(false, "RunInstances", "CreateBucket"), ACTION)).containsExactlyInAnyOrder("runinstances",
                "createbucket");
        assertThat(RequiredTerms.of(action(true, "RunInstances"), ACTION)).containsExactly("runinstances");
        assertThat(RequiredTerms.of(region("x"), ACTION)).isNull();
    }

    @Test
    void conjunctionsTakeTheNarrowestPartAndDisjunctionsNeedEveryBranch() {
        Matcher both = new AllOf(List.of(region("us-east-1"), action(false, "A", "B", "C"), action(true, "b", "c")));
        assertThat(RequiredTerms.of(both, ACTION)).containsExactlyInAnyOrder("b", "c");
        // not the intersection: event.action [A, B] passes action:A and action:B
        Matcher apart = new AllOf(List.of(action(false, "A"), action(false, "B")));
        assertThat(RequiredTerms.of(apart, ACTION)).hasSize(1);
        assertThat(RequiredTerms.of(new AnyOf(List.of(action(false, "A"), action(false, "B"))), ACTION)).containsExactlyInAnyOrder("a", "b");
        assertThat(RequiredTerms.of(new AnyOf(List.of(action(false, "A"), region("x"))), ACTION)).isNull();
        assertThat(RequiredTerms.of(new Not(action(false, "A")), ACTION)).isNull();
        assertThat(RequiredTerms.of(Constant.FALSE, ACTION)).isEmpty();
        assertThat(RequiredTerms.of(Constant.TRUE, ACTION)).isNull();
    }

    @Test
    void patternsAreNotTermsButAnyTestOfTermsIs() {
        Matcher wildcard = new FieldMatches(ACTION, new Wildcard("Create*", false));
        assertThat(RequiredTerms.of(wildcard, ACTION)).isNull();
        ValueTest two = AnyTest.of(List.of(new TermSet(List.of("A"), false), new TermSet(List.of("B"), true)));
        assertThat(RequiredTerms.of(new FieldMatches(ACTION, two), ACTION)).containsExactlyInAnyOrder("a", "b");
        ValueTest mixed = AnyTest.of(List.of(new TermSet(List.of("A"), false), new Wildcard("B*", false)));
        assertThat(RequiredTerms.of(new FieldMatches(ACTION, mixed), ACTION)).isNull();
    }

    @Test
    void prefixPatternsRequireTheirPrefixForThePrefilter() {
        Matcher named = new AnyOf(List.of(action(false, "RunInstances"),
                new FieldMatches(ACTION, new Wildcard("CreateKey*", false)),
                new FieldMatches(ACTION, new StringTest(StringTest.Kind.PREFIX, "Put", true))));
        assertThat(RequiredTerms.of(named, ACTION)).isNull(); // the index takes exact names only
        RequiredValues values = RequiredTerms.values(named, ACTION);
        assertThat(values.terms()).containsExactly("runinstances");
        assertThat(values.prefixes()).containsExactlyInAnyOrder("createkey", "put");
        assertThat(values.admits("createkeypair")).isTrue();
        assertThat(values.admits("deletekey")).isFalse();
        // other shapes require nothing: a suffix, an inner wildcard, a bare star
        for (String pattern : List.of("*Key", "Create?Key*", "*", "Cre*ate*")) {
            assertThat(RequiredTerms.values(new FieldMatches(ACTION, new Wildcard(pattern, true)), ACTION)).as(pattern).isNull();
        }
        // a case-sensitive non-ASCII prefix is not used: lower-casing can depend on what follows it
        assertThat(RequiredTerms.values(new FieldMatches(ACTION, new Wildcard("ΟΔΟΣ*", false)), ACTION)).isNull();
        // folding both sides, the test itself compares folded prefixes, final sigma included
        assertThat(RequiredTerms.values(new FieldMatches(ACTION, new Wildcard("ΟΔΟΣ*", true)), ACTION).prefixes())
                .containsExactly("οδος");
    }
}
