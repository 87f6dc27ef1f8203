package io.regionwatch.eql;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sequences, samples and pipes over small hand-made streams with ISO timestamps. */
class SequenceTest {
    private static Event ev(String id, String ts, String category, Object user) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", id);
        doc.put("@timestamp", ts);
        doc.put("event", Map.of("category", category));
        if (user != null) {
            doc.put("user", user);
        }
        return new Event(doc, Origin.UNKNOWN);
    }

    private static List<String> run(String query, List<Event> events) throws Exception {
        List<String> out = new ArrayList<>();
        for (List<Event> result : Eql.parse(query, "t").compile(EqlOptions.defaults()).execute(events)) {
            out.add(String.join(",", result.stream().map(e -> (String) e.get("id")).toList()));
        }
        return out;
    }

    private static final List<Event> LOGINS = List.of(
            ev("a1", "2026-01-01T00:00:00Z", "auth", "alice"),
            ev("b1", "2026-01-01T00:00:01.5Z", "auth", "bob"),
            ev("a2", "2026-01-01T00:00:02Z", "process", "alice"),
            ev("b2", "2026-01-01T02:00:03+02:00", "process", "bob"),
            ev("a3", "2026-01-01T00:10:00", "process", "alice"));

    @Test
    void joinsByKeyAndOrdersIsoTimestampsWithOffsets() throws Exception {
        assertThat(run("sequence by user [auth where true] [process where true]", LOGINS))
                .containsExactly("a1,a2", "b1,b2");
    }

    @Test
    void maxspanDropsSlowSequences() throws Exception {
        assertThat(run("sequence by user with maxspan=1s [auth where true] [process where true]", LOGINS)).isEmpty();
        assertThat(run("sequence by user with maxspan=2s [auth where true] [process where true]", LOGINS))
                .containsExactly("a1,a2", "b1,b2");
        assertThat(run("sequence with maxspan=1600ms by user [auth where true] [process where true]", LOGINS))
                .containsExactly("b1,b2");
    }

    @Test
    void untilExpiresPendingSequencesOfItsKey() throws Exception {
        List<Event> events = List.of(
                ev("a1", "2026-01-01T00:00:00Z", "auth", "alice"),
                ev("x", "2026-01-01T00:00:01Z", "logout", "alice"),
                ev("a2", "2026-01-01T00:00:02Z", "process", "alice"),
                ev("a3", "2026-01-01T00:00:03Z", "auth", "alice"),
                ev("a4", "2026-01-01T00:00:04Z", "process", "alice"),
                ev("y", "2026-01-01T00:00:05Z", "logout", "alice"));
        assertThat(run("sequence by user [auth where true] [process where true] until [logout where true]", events))
                .containsExactly("a3,a4");
    }

    @Test
    void missingEventsInTheMiddleAtTheEndAndAtTheStart() throws Exception {
        List<Event> events = List.of(
                ev("a1", "2026-01-01T00:00:00Z", "auth", "alice"),
                ev("m", "2026-01-01T00:00:01Z", "mfa", "alice"),
                ev("a2", "2026-01-01T00:00:02Z", "process", "alice"),
                ev("b1", "2026-01-01T00:00:03Z", "auth", "bob"),
                ev("b2", "2026-01-01T00:00:04Z", "process", "bob"));
        assertThat(run("sequence by user with maxspan=1m [auth where true] ![mfa where true] [process where true]",
                events)).containsExactly("b1,b2");
        assertThat(run("sequence by user with maxspan=1m [auth where true] ![mfa where true]", events))
                .containsExactly("b1");
        assertThat(run("sequence by user with maxspan=1m ![mfa where true] [process where true]", events))
                .containsExactly("b2");
    }

    @Test
    void runsRepeatsAStage() throws Exception {
        List<Event> events = List.of(
                ev("f1", "2026-01-01T00:00:00Z", "auth", "eve"),
                ev("f2", "2026-01-01T00:00:01Z", "auth", "eve"),
                ev("f3", "2026-01-01T00:00:02Z", "auth", "eve"),
                ev("p", "2026-01-01T00:00:03Z", "process", "eve"));
        assertThat(run("sequence by user [auth where true] with runs=3 [process where true]", events))
                .containsExactly("f1,f2,f3,p");
    }

    @Test
    void nullKeysJoinOnlyWhenOptionalAndArraysJoinUnderEachValue() throws Exception {
        List<Event> events = List.of(
                ev("n1", "2026-01-01T00:00:00Z", "auth", null),
                ev("n2", "2026-01-01T00:00:01Z", "process", null),
                ev("m1", "2026-01-01T00:00:02Z", "auth", List.of("carol", "dave")),
                ev("m2", "2026-01-01T00:00:03Z", "process", "dave"));
        assertThat(run("sequence by user [auth where true] [process where true]", events)).containsExactly("m1,m2");
        assertThat(run("sequence by ?user [auth where true] [process where true]", events))
                .containsExactly("n1,n2", "m1,m2");
    }

    @Test
    void samplesGroupUnorderedEventsByKey() throws Exception {
        assertThat(run("sample by user [process where true] [auth where true]", LOGINS))
                .containsExactly("a2,a1", "b2,b1");
    }

    @Test
    void headAndTailChainAndStreamingMatchesBatch() throws Exception {
        String q = "any where true | head 4 | tail 2";
        assertThat(run(q, LOGINS)).containsExactly("a2", "b2");
        CompiledEql compiled = Eql.parse("any where true | tail 2", "t").compile(EqlOptions.defaults());
        List<String> streamed = new ArrayList<>();
        LOGINS.forEach(e -> compiled.accept(e, m -> streamed.add((String) m.events().get(0).get("id"))));
        assertThat(streamed).isEmpty();
        compiled.finish(m -> streamed.add((String) m.events().get(0).get("id")));
        assertThat(streamed).containsExactly("b2", "a3");
    }

    @Test
    void newInstanceStartsWithEmptyState() throws Exception {
        CompiledEql first = Eql.parse("sequence by user [auth where true] [process where true]", "t")
                .compile(EqlOptions.defaults());
        List<List<Event>> a = new ArrayList<>();
        first.accept(LOGINS.get(0), m -> a.add(m.events()));
        CompiledEql second = first.newInstance();
        List<List<Event>> b = new ArrayList<>();
        second.accept(LOGINS.get(2), m -> b.add(m.events()));
        first.accept(LOGINS.get(2), m -> a.add(m.events()));
        assertThat(a).hasSize(1);
        assertThat(b).isEmpty();
    }

    @Test
    void sequenceStateStaysUnderTheKeyCapOnAnAdversarialStream() throws Exception {
        CompiledEql rule = Eql.parse("sequence by user with maxspan=1h [auth where true] [process where true]", "t")
                .compile(EqlOptions.defaults().maxSequenceKeys(1_000));
        List<List<Event>> matches = new ArrayList<>();
        int peak = 0;
        for (int i = 0; i < 1_000_000; i++) {
            Map<String, Object> doc = new HashMap<>();
            doc.put("@timestamp", 1_700_000_000_000L + i);
            doc.put("event", Map.of("category", "auth"));
            doc.put("user", "u" + i);
            rule.accept(new Event(doc, Origin.UNKNOWN), m -> matches.add(m.events()));
            peak = Math.max(peak, rule.stateSize());
        }
        assertThat(peak).isLessThanOrEqualTo(1_000);
        assertThat(rule.stateSize()).isGreaterThan(0);
        Map<String, Object> recent = new HashMap<>();
        recent.put("@timestamp", 1_700_000_000_000L + 1_000_000);
        recent.put("event", Map.of("category", "process"));
        recent.put("user", "u999999");
        rule.accept(new Event(recent, Origin.UNKNOWN), m -> matches.add(m.events()));
        assertThat(matches).hasSize(1);
        for (int i = 0; i < 5_000; i++) {
            Map<String, Object> later = new HashMap<>();
            later.put("@timestamp", 1_800_000_000_000L + i);
            later.put("event", Map.of("category", "noise"));
            rule.accept(new Event(later, Origin.UNKNOWN), m -> matches.add(m.events()));
        }
        assertThat(rule.stateSize()).as("keys idle for longer than maxspan are swept").isZero();
    }

    @Test
    void keyEvictionsAreReportedUnderTheRuleIdWithTheCap() throws Exception {
        io.regionwatch.core.limit.LimitTally tally = new io.regionwatch.core.limit.LimitTally();
        CompiledEql rule = Eql.parse("sequence by user with maxspan=1h [auth where true] [process where true]", "t")
                .compile(EqlOptions.defaults().maxSequenceKeys(10).limitReport(tally, "seq-rule"));
        for (int i = 0; i < 100; i++) {
            Map<String, Object> doc = new HashMap<>();
            doc.put("@timestamp", 1_700_000_000_000L + i);
            doc.put("event", Map.of("category", "auth"));
            doc.put("user", "u" + i);
            rule.accept(new Event(doc, Origin.UNKNOWN), m -> { });
        }
        assertThat(tally.entries()).containsExactly(
                new io.regionwatch.core.limit.LimitTally.Entry(io.regionwatch.core.limit.StateLimit.SEQUENCE_KEYS, "seq-rule", 10, 90));
    }
}
