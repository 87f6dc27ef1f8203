package io.regionwatch.core.limit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link LimitReport} that adds up hits per bound and rule, for the run summary. Thread-safe, since
 * parallel readers or several engines (watch mode) may share one tally.
 */
public final class LimitTally implements LimitReport {
    /** One bound of one rule: how often it dropped state, and its value. */
    public record Entry(StateLimit limit, String ruleId, long cap, long count) {
        /** {@code eql sequence keys evicted 12 (rule X, cap 1000)}; the rule id is the caller's to escape. */
        public String describe(String safeRuleId) {
            return limit.effect() + " " + count + " (rule " + safeRuleId + ", cap " + cap + ", " + limit.setting() + ")";
        }
    }

    private record Key(StateLimit limit, String ruleId) {
    }

    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<Key, Long> caps = new ConcurrentHashMap<>();

    @Override
    public void hit(StateLimit limit, String ruleId, long cap, long count) {
        if (count <= 0) {
            return;
        }
        Key key = new Key(limit, ruleId);
        counts.computeIfAbsent(key, k -> new LongAdder()).add(count);
        caps.put(key, cap);
    }

    /** Every bound that was hit, by bound then rule id. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Entry(k.limit(), k.ruleId(), caps.getOrDefault(k, 0L), n.sum())));
        out.sort(Comparator.comparing(Entry::limit).thenComparing(Entry::ruleId));
        return out;
    }

    /** How often one bound dropped state for one rule, 0 if never. */
    public long count(StateLimit limit, String ruleId) {
        LongAdder n = counts.get(new Key(limit, ruleId));
        return n == null ? 0 : n.sum();
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }
}
