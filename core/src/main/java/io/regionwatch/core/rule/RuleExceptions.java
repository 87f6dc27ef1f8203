package io.regionwatch.core.rule;

import io.regionwatch.core.engine.EventTime;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.AllOf;
import io.regionwatch.core.match.FieldExists;
import io.regionwatch.core.match.FieldMatches;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.Not;
import io.regionwatch.core.match.TermSet;
import io.regionwatch.core.match.Wildcard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exceptions of one rule, compiled: an event is excepted when any live item matches it (AND
 * within an item, OR across items), the way Kibana negates its exception filter. Elastic drops an
 * expired item when the rule runs; regionwatch instead compares {@code expire_time} with the
 * event's {@code @timestamp}, which is the same for live detection and stays right when last
 * month's logs are scanned again (a DR-test exception still covers the DR test).
 */
public final class RuleExceptions {
    public static final RuleExceptions NONE = new RuleExceptions(List.of(), List.of());
    private static final EventTime TIME = EventTime.standard();
    private final List<Matcher> matchers;
    private final List<Instant> expiries;

    private RuleExceptions(List<Matcher> matchers, List<Instant> expiries) {
        this.matchers = matchers;
        this.expiries = expiries;
    }

    /** Compiles the items of every list that applies to {@code ruleId}; lists resolve {@code list} entries. */
    public static RuleExceptions compile(String ruleId, List<ExceptionList> lists, Map<String, Set<String>> valueLists) {
        List<Matcher> matchers = new ArrayList<>();
        List<Instant> expiries = new ArrayList<>();
        for (ExceptionList list : lists) {
            if (!list.appliesTo(ruleId)) {
                continue;
            }
            for (ExceptionItem item : list.items()) {
                List<Matcher> parts = new ArrayList<>();
                for (ExceptionEntry entry : item.entries()) {
                    parts.add(compile(entry, valueLists));
                }
                matchers.add(new AllOf(parts));
                expiries.add(item.expireTime());
            }
        }
        return matchers.isEmpty() ? NONE : new RuleExceptions(matchers, expiries);
    }

    private static Matcher compile(ExceptionEntry entry, Map<String, Set<String>> valueLists) {
        FieldPath field = FieldPath.of(entry.field());
        Matcher positive;
        if (entry instanceof ExceptionEntry.Match m) {
            positive = new FieldMatches(field, new TermSet(List.of(m.value()), false));
        } else if (entry instanceof ExceptionEntry.MatchAny m) {
            positive = new FieldMatches(field, new TermSet(m.values(), false));
        } else if (entry instanceof ExceptionEntry.Wildcard w) {
            positive = new FieldMatches(field, new Wildcard(w.pattern(), false));
        } else if (entry instanceof ExceptionEntry.InList l) {
            Set<String> values = valueLists.get(l.listId());
            if (values == null) {
                throw new IllegalArgumentException("unknown value list '" + l.listId() + "'");
            }
            positive = new FieldMatches(field, new TermSet(values, false));
        } else {
            positive = new FieldExists(field);
        }
        return entry.excluded() ? new Not(positive) : positive;
    }

    /** True when a live item matches the event, i.e. the rule must not alert on it. */
    public boolean excepts(Event event) {
        for (int i = 0; i < matchers.size(); i++) {
            if (matchers.get(i).matches(event) && live(expiries.get(i), event)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return matchers.isEmpty();
    }

    private static boolean live(Instant expiry, Event event) {
        if (expiry == null) {
            return true;
        }
        Instant at = TIME.of(event);
        return at == null || at.isBefore(expiry);
    }
}
