package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.limit.LimitReport;
import io.regionwatch.core.limit.RuleLimits;
import io.regionwatch.core.limit.StateLimit;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.state.StateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Elastic's {@code new_terms}: alert on an event whose value tuple of 1–3 fields was not seen by this
 * rule within the history window before it. Unlike Elastic, which rescans the whole history on
 * every run, the baseline is kept in a {@link StateStore}, so a daily scan costs the same whether the
 * history is 10 days or 90. A tuple is "new" only once the baseline covers a full history window
 * ({@code learning}), so the first scan of a fresh install does not report every term it meets.
 */
public final class NewTermsDetection implements Detection {
    static final int MAX_COMBINATIONS = RuleLimits.DEFAULT_NEW_TERMS_COMBINATIONS;
    private final String ruleId;
    private final Matcher query;
    private final List<FieldPath> fields;
    private final Duration history;
    private final boolean learning;
    private final StateStore store;
    private final EventTime time;
    private final int maxCombinations;
    private final long maxBaseline;
    private final long checkEvery;
    private final LimitReport report;
    private long addedSinceCheck;

    public NewTermsDetection(String ruleId, Matcher query, List<String> fields, Duration history, boolean learning,
            StateStore store, EventTime time) {
        this(ruleId, query, fields, history, learning, store, time, RuleLimits.defaults(), LimitReport.NONE);
    }

    /**
     * With the bounds from {@code limits}: at most {@code maxNewTermsCombinations} value tuples per
     * event, and at most {@code maxNewTermsBaseline} terms in the baseline. The baseline is trimmed
     * back to its bound each time a tenth of the bound in new terms was added (one store call per
     * batch of new terms, not per event), so it holds at most 1.1 times the bound between trims.
     */
    public NewTermsDetection(String ruleId, Matcher query, List<String> fields, Duration history, boolean learning,
            StateStore store, EventTime time, RuleLimits limits, LimitReport report) {
        if (fields.isEmpty() || fields.size() > 3) {
            throw new IllegalArgumentException("new_terms needs 1 to 3 fields");
        }
        this.ruleId = ruleId;
        this.query = query;
        this.fields = fields.stream().map(FieldPath::of).toList();
        this.history = history;
        this.learning = learning;
        this.store = store;
        this.time = time;
        this.maxCombinations = limits.maxNewTermsCombinations();
        this.maxBaseline = limits.maxNewTermsBaseline();
        this.checkEvery = Math.max(1, maxBaseline / 10);
        this.report = report;
    }

    /** The engine gives this rule, in time order, only events that pass its query and have a time. */
    @Override
    public TimeOrder timeOrder() {
        // AllOf, so the engine's rule index and the scan's prefilter can read the API calls the query names
        Matcher timed = event -> time.of(event) != null;
        return new TimeOrder(new io.regionwatch.core.match.AllOf(List.of(query, timed)), time);
    }

    /** Only candidates arrive here ({@link Detection#timeOrder}): the query already passed, on a reader thread. */
    @Override
    public void accept(Event event, MatchListener listener) {
        if (time.of(event) != null) {
            evaluate(event, listener);
        }
    }

    @Override
    public void finish(MatchListener listener) {
        if (addedSinceCheck > 0) {
            trimBaseline();
        }
    }

    /** Evicts the least recently seen terms beyond the bound, and says how many went. */
    private void trimBaseline() {
        addedSinceCheck = 0;
        long evicted = store.evictTerms(ruleId, maxBaseline);
        report.hit(StateLimit.NEW_TERMS_BASELINE, ruleId, maxBaseline, evicted);
    }

    private void evaluate(Event event, MatchListener listener) {
        Instant at = time.of(event);
        store.recordObserved(ruleId, at);
        Instant since = store.observedSince(ruleId);
        boolean baselineComplete = !learning || !at.isBefore(since.plus(history));
        for (List<Object> tuple : tuples(event)) {
            String key = key(tuple);
            StateStore.TermHistory seen = store.term(ruleId, key);
            boolean fresh = seen == null || seen.lastSeen().isBefore(at.minus(history));
            store.recordTerm(ruleId, key, at);
            if (fresh && baselineComplete) {
                listener.onMatch(new Match.EventMatch(event, Map.of("kibana", Map.of("alert", Map.of("new_terms", tuple)))));
            }
            if (seen == null && ++addedSinceCheck >= checkEvery) {
                trimBaseline();
            }
        }
    }

    /** Every combination of the fields' values (arrays expand), at most the bound (100 as in Elastic). */
    private List<List<Object>> tuples(Event event) {
        List<List<Object>> tuples = new ArrayList<>();
        tuples.add(new ArrayList<>());
        long ignored = 0;
        for (FieldPath field : fields) {
            Object value = event.get(field);
            if (value == null) {
                return List.of();
            }
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            List<List<Object>> next = new ArrayList<>();
            for (List<Object> prefix : tuples) {
                if (next.size() == maxCombinations) {
                    // count what the bound drops without building it: an attacker's arrays may multiply to billions
                    ignored += (long) values.size();
                    continue;
                }
                for (int i = 0; i < values.size(); i++) {
                    if (next.size() == maxCombinations) {
                        ignored += values.size() - i;
                        break;
                    }
                    List<Object> longer = new ArrayList<>(prefix);
                    longer.add(values.get(i));
                    next.add(longer);
                }
            }
            tuples = next;
        }
        if (ignored > 0) {
            report.hit(StateLimit.NEW_TERMS_COMBINATIONS, ruleId, maxCombinations, ignored);
        }
        return tuples;
    }

    private static String key(List<Object> tuple) {
        StringBuilder key = new StringBuilder();
        for (Object v : tuple) {
            String s = String.valueOf(v);
            key.append(s.length()).append(':').append(s);
        }
        return key.toString();
    }
}
