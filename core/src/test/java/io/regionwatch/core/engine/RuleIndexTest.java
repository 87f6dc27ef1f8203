package io.regionwatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertFactory;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.match.AllOf;
import io.regionwatch.core.match.AnyOf;
import io.regionwatch.core.match.FieldMatches;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.Not;
import io.regionwatch.core.match.TermSet;
import io.regionwatch.core.match.Wildcard;
import io.regionwatch.core.rule.Rule;
import io.regionwatch.core.rule.RuleMetadata;
import io.regionwatch.core.rule.Severity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The engine tests an event only against the rules its event.action can satisfy, and may do the
 * stateless part on other threads: the alerts must be exactly those of testing every rule in order.
 */
class RuleIndexTest {
    private static final FieldPath ACTION = FieldPath.of("event.action");
    private static final FieldPath REGION = FieldPath.of("cloud.region");
    private static final List<String> ACTIONS = List.of("RunInstances", "CreateBucket", "CreateUser", "DeleteTrail", "5", "true");
    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-south-1");

    private static RuleMetadata meta(String id) {
        return new RuleMetadata(id, id, "", "query", "kuery", "", Severity.LOW, 21, 1, List.of(), null, List.of(), List.of(), List.of(),
                List.of(), null, null, 100, null, "x");
    }

    private static Detection stateless(Matcher filter) {
        return new Detection() {
            @Override
            public void accept(Event event, MatchListener listener) {
                if (filter.matches(event)) {
                    listener.onMatch(List.of(event));
                }
            }

            @Override
            public Matcher eventFilter() {
                return filter;
            }
        };
    }

    private static String cased(Random random, String s) {
        return random.nextBoolean() ? s : random.nextBoolean() ? s.toLowerCase(java.util.Locale.ROOT) : s.toUpperCase(java.util.Locale.ROOT);
    }

    private static Matcher randomMatcher(Random random, int depth) {
        int kind = random.nextInt(depth > 2 ? 3 : 6);
        switch (kind) {
            case 0: {
                List<String> values = new ArrayList<>();
                for (int i = random.nextInt(3) + 1; i > 0; i--) {
                    values.add(cased(random, ACTIONS.get(random.nextInt(ACTIONS.size()))));
                }
                return new FieldMatches(ACTION, new TermSet(values, random.nextBoolean()));
            }
            case 1:
                return new FieldMatches(REGION, new TermSet(List.of(REGIONS.get(random.nextInt(REGIONS.size()))), false));
            case 2:
                return new FieldMatches(ACTION, new Wildcard("Create*", random.nextBoolean()));
            case 3:
                return new AllOf(List.of(randomMatcher(random, depth + 1), randomMatcher(random, depth + 1)));
            case 4:
                return new AnyOf(List.of(randomMatcher(random, depth + 1), randomMatcher(random, depth + 1)));
            default:
                return new Not(randomMatcher(random, depth + 1));
        }
    }

    private static Event randomEvent(Random random, int i) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("event", new HashMap<>(Map.of("id", "e" + i)));
        int shape = random.nextInt(10);
        Map<String, Object> event = castMap(doc.get("event"));
        if (shape < 6) {
            event.put("action", cased(random, ACTIONS.get(random.nextInt(ACTIONS.size()))));
        } else if (shape == 6) {
            event.put("action", List.of(cased(random, ACTIONS.get(random.nextInt(ACTIONS.size()))), ACTIONS.get(random.nextInt(ACTIONS.size()))));
        } else if (shape == 7) {
            event.put("action", 5L);
        } else if (shape == 8) {
            event.put("action", true);
        }
        doc.put("cloud", Map.of("region", REGIONS.get(random.nextInt(REGIONS.size()))));
        return new Event(doc, new Origin("f", i + 1, i));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void indexedAndPreparedElsewhereGivesExactlyTheAlertsOfTestingEveryRule() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            List<Matcher> matchers = new ArrayList<>();
            List<Rule> rules = new ArrayList<>();
            for (int r = 0; r < 30; r++) {
                Matcher m = randomMatcher(random, 0);
                matchers.add(m);
                rules.add(new Rule(meta("r" + r), stateless(m)));
            }
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                events.add(randomEvent(random, i));
            }
            List<String> expected = new ArrayList<>();
            for (Event e : events) {
                for (int r = 0; r < matchers.size(); r++) {
                    if (matchers.get(r).matches(e)) {
                        expected.add("r" + r + "/" + e.get("event.id"));
                    }
                }
            }
            List<Alert> written = new ArrayList<>();
            DetectionEngine engine = new DetectionEngine(rules, new AlertFactory(Clock.systemUTC()), written::add);
            // the stateless part on other threads, as parallel reading does, then the events in order
            List<DetectionEngine.Prepared> prepared = events.parallelStream().map(engine::prepare).toList();
            for (int i = 0; i < events.size(); i++) {
                engine.process(events.get(i), prepared.get(i));
            }
            engine.finish();
            List<String> actual = written.stream().map(a -> a.ruleId() + "/" + a.events().get(0).get("event.id")).toList();
            assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        }
    }

    /** The engine's interest must let through every event a rule could match: an event outside it matches none. */
    @Test
    void interestHoldsEveryActionARuleCanMatch() {
        int narrowed = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            List<Matcher> matchers = new ArrayList<>();
            List<Rule> rules = new ArrayList<>();
            for (int r = 0; r < 1 + random.nextInt(4); r++) {
                // an action list ANDed with anything: indexable, so the interest can be narrower than every event
                Matcher m = random.nextInt(8) == 0 ? randomMatcher(random, 0)
                        : new AllOf(List.of(randomMatcher(random, 3), randomMatcher(random, 1)));
                matchers.add(m);
                rules.add(new Rule(meta("r" + r), stateless(m)));
            }
            DetectionEngine engine = new DetectionEngine(rules, new AlertFactory(Clock.systemUTC()), a -> { });
            io.regionwatch.core.match.ActionInterest interest = engine.interest();
            if (!interest.everyEvent()) {
                narrowed++;
            }
            for (int i = 0; i < 300; i++) {
                Event e = randomEvent(random, i);
                if (e.get("event.action") instanceof String action && !interest.wants(action)) {
                    for (Matcher m : matchers) {
                        assertThat(m.matches(e)).as("seed %d: %s outside %s", seed, action, interest).isFalse();
                    }
                }
            }
        }
        assertThat(narrowed).isGreaterThan(10);
    }
}
