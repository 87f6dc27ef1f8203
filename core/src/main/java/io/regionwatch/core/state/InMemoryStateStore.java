package io.regionwatch.core.state;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** State that lives as long as the process: for tests, ad-hoc queries and {@code --no-state} runs. */
public final class InMemoryStateStore implements StateStore {
    private final Map<String, Map<String, TermHistory>> terms = new HashMap<>();
    private final Map<String, Instant> observed = new HashMap<>();
    private final Map<String, SuppressionWindow> windows = new HashMap<>();
    private final Map<String, java.util.List<io.regionwatch.core.event.Event>> carried = new HashMap<>();

    @Override
    public TermHistory term(String ruleId, String term) {
        return terms.getOrDefault(ruleId, Map.of()).get(term);
    }

    @Override
    public void recordTerm(String ruleId, String term, Instant seen) {
        terms.computeIfAbsent(ruleId, k -> new HashMap<>())
                .merge(term, new TermHistory(seen, seen), (old, fresh) -> old.merge(seen));
    }

    @Override
    public Instant observedSince(String ruleId) {
        return observed.get(ruleId);
    }

    @Override
    public void recordObserved(String ruleId, Instant seen) {
        observed.merge(ruleId, seen, (a, b) -> a.isBefore(b) ? a : b);
    }

    @Override
    public long termCount(String ruleId) {
        return terms.getOrDefault(ruleId, Map.of()).size();
    }

    @Override
    public long evictTerms(String ruleId, long keep) {
        Map<String, TermHistory> held = terms.getOrDefault(ruleId, Map.of());
        long excess = held.size() - keep;
        if (excess <= 0) {
            return 0;
        }
        // least recently seen first; ties by term so eviction is the same on every run
        java.util.List<Map.Entry<String, TermHistory>> oldest = held.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<String, TermHistory> e) -> e.getValue().lastSeen())
                        .thenComparing(Map.Entry::getKey))
                .limit(excess).toList();
        oldest.forEach(e -> held.remove(e.getKey()));
        return oldest.size();
    }

    @Override
    public SuppressionWindow suppression(String ruleId, String group) {
        return windows.get(ruleId + '\u0000' + group);
    }

    @Override
    public void recordSuppression(String ruleId, String group, SuppressionWindow window) {
        windows.put(ruleId + '\u0000' + group, window);
    }

    @Override
    public java.util.List<io.regionwatch.core.event.Event> carriedEvents(String ruleId) {
        return carried.getOrDefault(ruleId, java.util.List.of());
    }

    @Override
    public void carryEvents(String ruleId, java.util.List<io.regionwatch.core.event.Event> events) {
        carried.put(ruleId, java.util.List.copyOf(events));
    }

    @Override
    public void commit() {
    }

    @Override
    public void close() {
    }
}
