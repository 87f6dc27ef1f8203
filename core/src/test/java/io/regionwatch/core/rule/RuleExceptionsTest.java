package io.regionwatch.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleExceptionsTest {
    private static Event event(String region, String user, String time) {
        DocumentBuilder b = new DocumentBuilder().set("cloud.region", region).set("@timestamp", time);
        b.set("user.name", user);
        return b.build(new Origin("t", 1, 0));
    }

    private static ExceptionItem item(Instant expiry, ExceptionEntry... entries) {
        return new ExceptionItem("i", "n", List.of(entries), expiry, null);
    }

    private static RuleExceptions compile(List<String> appliesTo, ExceptionItem... items) {
        return RuleExceptions.compile("r1", List.of(new ExceptionList("l", "l", List.of(items), appliesTo)),
                Map.of("msp", Set.of("msp-automation")));
    }

    @Test
    void entriesOfAnItemAreAndedAndItemsAreOred() {
        RuleExceptions ex = compile(List.of(),
                item(null, new ExceptionEntry.Match("cloud.region", "ap-southeast-2", false),
                        new ExceptionEntry.Match("user.name", "dr-bot", false)),
                item(null, new ExceptionEntry.InList("user.name", "msp", false)));
        assertThat(ex.excepts(event("ap-southeast-2", "dr-bot", "2026-01-01T00:00:00Z"))).isTrue();
        assertThat(ex.excepts(event("ap-southeast-2", "alice", "2026-01-01T00:00:00Z"))).isFalse();
        assertThat(ex.excepts(event("sa-east-1", "msp-automation", "2026-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void matchIsCaseSensitiveAndWildcardUsesGlobs() {
        RuleExceptions ex = compile(List.of(), item(null, new ExceptionEntry.Wildcard("user.name", "svc-*", false)),
                item(null, new ExceptionEntry.MatchAny("cloud.region", List.of("me-south-1", "af-south-1"), false)));
        assertThat(ex.excepts(event("x", "svc-backup", "2026-01-01T00:00:00Z"))).isTrue();
        assertThat(ex.excepts(event("x", "SVC-backup", "2026-01-01T00:00:00Z"))).isFalse();
        assertThat(ex.excepts(event("af-south-1", "bob", "2026-01-01T00:00:00Z"))).isTrue();
        assertThat(ex.excepts(event("AF-SOUTH-1", "bob", "2026-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void excludedOperatorNegatesAndMatchesMissingFields() {
        RuleExceptions ex = compile(List.of(), item(null, new ExceptionEntry.Match("cloud.region", "sa-east-1", false),
                new ExceptionEntry.Exists("user.name", true)));
        assertThat(ex.excepts(event("sa-east-1", null, "2026-01-01T00:00:00Z"))).isTrue();
        assertThat(ex.excepts(event("sa-east-1", "carol", "2026-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void expiredItemsOnlyCoverEventsBeforeTheirExpiry() {
        RuleExceptions ex = compile(List.of(), item(Instant.parse("2026-03-01T00:00:00Z"),
                new ExceptionEntry.Match("cloud.region", "ap-southeast-2", false)));
        assertThat(ex.excepts(event("ap-southeast-2", "x", "2026-02-28T23:59:59Z"))).isTrue();
        assertThat(ex.excepts(event("ap-southeast-2", "x", "2026-03-01T00:00:00Z"))).isFalse();
    }

    @Test
    void listsApplyOnlyToTheirRules() {
        assertThat(compile(List.of("other-rule"), item(null, new ExceptionEntry.Exists("cloud.region", false))).isEmpty()).isTrue();
        assertThat(compile(List.of("r1"), item(null, new ExceptionEntry.Exists("cloud.region", false))).isEmpty()).isFalse();
    }
}
