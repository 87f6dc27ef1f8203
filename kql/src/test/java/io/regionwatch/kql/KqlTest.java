package io.regionwatch.kql;

import static io.regionwatch.kql.Events.compile;
import static io.regionwatch.kql.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Matcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KqlTest {
    private static final String UNUSED_REGION = "event.dataset:\"aws.cloudtrail\" and event.action:(\"RunInstances\" or \"CreateBucket\")"
            + " and not cloud.region:(us-east-1 or eu-west-1)";

    private static Event run(String region) {
        return event("event.dataset", "aws.cloudtrail", "event.action", "RunInstances", "cloud.region", region);
    }

    @Test
    void boundListReplacesTheWrittenRegions() {
        KqlOptions approved = KqlOptions.defaults().bindList("cloud.region", List.of("eu-west-3", "eu-central-1"));
        Matcher bound = compile(UNUSED_REGION, approved);
        assertThat(bound.matches(run("eu-west-3"))).isFalse();
        assertThat(bound.matches(run("us-east-1"))).isTrue();
        assertThat(bound.matches(run("ap-south-1"))).isTrue();
        Matcher written = compile(UNUSED_REGION);
        assertThat(written.matches(run("us-east-1"))).isFalse();
        assertThat(written.matches(run("eu-west-3"))).isTrue();
    }

    @Test
    void boundListAppliesToSingleValuesAndLeavesExistsAndOtherFieldsAlone() {
        KqlOptions approved = KqlOptions.defaults().bindList("cloud.region", List.of("eu-west-3"));
        assertThat(compile("cloud.region:us-east-1", approved).matches(run("eu-west-3"))).isTrue();
        assertThat(compile("cloud.region:*", approved).matches(run("us-east-1"))).isTrue();
        assertThat(compile("event.action:RunInstances", approved).matches(run("us-east-1"))).isTrue();
        assertThat(compile("cloud.*:us-east-1", approved).matches(run("us-east-1"))).isTrue();
    }

    @Test
    void boundListInsideANestedQueryUsesTheFullName() {
        KqlOptions approved = KqlOptions.defaults().bindList("resources.region", List.of("eu-west-3"));
        Event e = Events.raw(java.util.Map.of("resources", List.of(java.util.Map.of("region", "us-east-1"))));
        assertThat(compile("resources:{ not region:(us-east-1) }", approved).matches(e)).isTrue();
        assertThat(compile("resources:{ not region:(us-east-1) }").matches(e)).isFalse();
    }

    @Test
    void boundListOnANonListIsAnErrorWithItsPosition() throws DiagnosticException {
        KqlQuery q = Kql.parse("event.action:x and\n  cloud.region:(a and not b)", "rule.toml", 40, 10);
        KqlOptions approved = KqlOptions.defaults().bindList("cloud.region", List.of("eu-west-3"));
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> q.compile(approved));
        assertThat(e.getMessage()).isEqualTo("rule.toml:41:17: error: expected a value or an 'or' list of values"
                + " for 'cloud.region', whose list is bound by configuration, but found 'and'");
    }

    @Test
    void emptyBoundListMatchesNothingSoItsNegationMatchesEverything() {
        KqlOptions none = KqlOptions.defaults();
        none.bindList("cloud.region", List.of());
        assertThat(compile(UNUSED_REGION, none).matches(run("us-east-1"))).isTrue();
        assertThat(compile("cloud.region:us-east-1", none).matches(run("us-east-1"))).isFalse();
    }

    @Test
    void fieldsReferencedListsEveryFieldWithNestedPrefixes() throws DiagnosticException {
        KqlQuery q = Kql.parse("a:1 and not (b > 2 or event.*:x) and items:{ name:y } and bare", "<q>");
        assertThat(q.fieldsReferenced()).containsExactlyInAnyOrder("a", "b", "event.*", "items", "items.name");
    }

    @Test
    void detectionReportsEachMatchingEvent() throws DiagnosticException {
        Detection detection = Kql.parse(UNUSED_REGION, "<q>").detection(KqlOptions.defaults());
        List<List<Event>> matches = new ArrayList<>();
        Event hit = run("ap-south-1");
        detection.accept(hit, m -> matches.add(m.events()));
        detection.accept(run("us-east-1"), m -> matches.add(m.events()));
        assertThat(matches).containsExactly(List.of(hit));
    }

    @Test
    void parseReportsAllErrorsAtTheEmbeddedPosition() {
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class,
                () -> Kql.parse("a:(b or\n c", "rules/x.toml", 40, 9));
        assertThat(e.diagnostics()).hasSize(1);
        assertThat(e.diagnostics().get(0).span().toString()).isEqualTo("rules/x.toml:41:3");
        assertThat(e.diagnostics().get(0).message()).isEqualTo("expected 'and', 'or' or ')' but found end of input");
    }

    @Test
    void dateMathIsRejectedRatherThanComparedAsText() throws DiagnosticException {
        KqlQuery q = Kql.parse("@timestamp >= now-1d", "<q>");
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class, () -> q.compile(KqlOptions.defaults()));
        assertThat(e.getMessage()).isEqualTo("<q>:1:15: error: expected a number, string or ISO date to compare with"
                + " but found date math 'now-1d'");
        assertThat(Events.matches("word > nowhere", event("word", "zebra"))).isTrue();
    }

    @Test
    void keepsTheText() throws DiagnosticException {
        assertThat(Kql.parse(UNUSED_REGION, "<q>").text()).isEqualTo(UNUSED_REGION);
    }
}
